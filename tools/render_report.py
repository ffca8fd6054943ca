"""Render a study's report.html to a PNG with headless Chromium, as a reader's browser shows it; fail on a broken page.

    python tools/render_report.py STUDY_DIR OUT.png [--height 2400]

Needs Debian's `chromium` (apt-get install chromium). A page is broken when Chromium fails, when it has no figure, when
an inline image does not decode, or when the rendered page is blank.
"""
import argparse, base64, io, re, shutil, subprocess, sys, tempfile
from pathlib import Path
from PIL import Image

def page_problems(page:str) -> list[str]:
    "What is wrong with a report page before it is rendered: no figure, or an inline image that does not decode."
    images = re.findall(r"src='data:image/png;base64,([^']*)'", page)
    problems = [] if images else ['no figure']
    for i, b in enumerate(images):
        try: Image.open(io.BytesIO(base64.b64decode(b))).verify()
        except Exception as e: problems.append(f'inline image {i} does not decode ({e})')
    for part in ('<h2>Figures</h2>', '<h2>Every network</h2>', '<figcaption>'):
        if part not in page: problems.append(f'no {part}')
    return problems

def render(html:Path, png:Path, width:int=1200, height:int=2400):
    "Screenshot `html` at `width` x `height` pixels into `png` with headless Chromium; raise if it fails or the page is blank."
    exe = shutil.which('chromium') or shutil.which('chromium-browser')
    if exe is None: raise RuntimeError('chromium not found: apt-get install chromium')
    with tempfile.TemporaryDirectory() as profile:
        r = subprocess.run([exe, '--headless', '--no-sandbox', '--disable-gpu', f'--user-data-dir={profile}', '--hide-scrollbars',
                            f'--window-size={width},{height}', f'--screenshot={png}', html.resolve().as_uri()],
                           capture_output=True, text=True, timeout=300)
    if r.returncode != 0 or not png.exists(): raise RuntimeError(f'chromium failed ({r.returncode}): {r.stderr[-500:]}')
    lo, hi = Image.open(png).convert('L').getextrema()
    if hi - lo < 50: raise RuntimeError(f'{png} is blank (grey levels {lo}-{hi})')

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('study_dir'); p.add_argument('out'); p.add_argument('--height', type=int, default=2400)
    a = p.parse_args(argv)
    html = Path(a.study_dir) / 'report' / 'report.html'
    if not html.exists(): sys.exit(f'{html} does not exist: run the study first')
    problems = page_problems(html.read_text())
    if problems: sys.exit(f'{html} is broken: ' + '; '.join(problems))
    try: render(html, Path(a.out), height=a.height)
    except RuntimeError as e: sys.exit(str(e))
    print(f'{a.out}: {Image.open(a.out).size[0]} x {Image.open(a.out).size[1]} pixels')

if __name__ == '__main__': main()
