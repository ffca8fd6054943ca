"""Write README.md from nbs/index.ipynb: markdown cells as they are, code cells as python blocks.

(nbdev-readme needs Quarto; this keeps the README a plain function of the index notebook.)
"""
import json
from pathlib import Path

def cell_text(c):
    src = ''.join(c['source']).strip()
    lines = [l for l in src.split('\n') if not l.startswith('#|')]
    if c['cell_type'] == 'markdown': return '\n'.join(lines).replace('](images/', '](nbs/images/')
    return '```python\n' + '\n'.join(lines).strip() + '\n```'

def main(root=Path(__file__).resolve().parent.parent):
    nb = json.loads((root / 'nbs' / 'index.ipynb').read_text())
    cells = [c for c in nb['cells'] if not any(l.strip() in ('#| hide', '#| include: false') for l in c['source'])]
    (root / 'README.md').write_text('\n\n'.join(cell_text(c) for c in cells) + '\n')

if __name__ == '__main__': main()
