"""Comparing rendered PDF pages as images (printers re-render, so text extraction won't do)."""

from __future__ import annotations

import subprocess
from pathlib import Path

GreyPage = tuple[tuple[int, int], bytes]


def grey_pages(pdf: Path, folder: Path, prefix: str, first_only: bool = False) -> list[GreyPage]:
    """Every page of ``pdf`` (or only the first) as a 40 dpi greyscale image."""
    pages = ["-f", "1", "-l", "1"] if first_only else []
    subprocess.run(
        ["pdftoppm", "-r", "40", "-gray", *pages, str(pdf), str(folder / prefix)], check=True
    )
    return [read_pgm(p) for p in sorted(folder.glob(f"{prefix}-*.pgm"))]


def read_pgm(path: Path) -> GreyPage:
    data = path.read_bytes()
    parts = data.split(maxsplit=4)
    width, height = int(parts[1]), int(parts[2])
    return (width, height), parts[4][-width * height :]


def mean_block_difference(a: GreyPage, b: GreyPage, n: int = 8) -> float:
    """Mean grey difference of n×n blocks: forgives anti-aliasing and Ghostscript's
    re-rendering, not a shifted, scaled, cut or different page."""
    (w, h), pa = a
    pb = b[1]
    total, count = 0.0, 0
    for by in range(0, h - n + 1, n):
        for bx in range(0, w - n + 1, n):
            rows = range(by * w + bx, (by + n) * w + bx, w)
            sa = sum(sum(pa[r : r + n]) for r in rows)
            sb = sum(sum(pb[r : r + n]) for r in rows)
            total += abs(sa - sb) / (n * n)
            count += 1
    return total / count
