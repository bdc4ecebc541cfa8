"""The print path: the sheet PDF rendered by QtPdf onto a QPrinter, page for page."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from kundengespraech.ui.printing import PrintError, print_pdf, sheet_printer


@pytest.fixture
def sheet_pdf(tmp_path: Path) -> bytes:
    from kundengespraech import resources
    from kundengespraech.__main__ import main

    target = tmp_path / "sheet.pdf"
    answers = tmp_path / "a.json"
    answers.write_bytes(resources.read_bytes("examples", "answers_family.json"))
    assert main(["sheet", str(answers), "-o", str(target)]) == 0
    return target.read_bytes()


def test_every_page_is_printed_on_a4(qapp, sheet_pdf, tmp_path):
    printer = sheet_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = print_pdf(sheet_pdf, printer)
    source_pages = len(PdfReader(io.BytesIO(sheet_pdf)).pages)
    assert pages == source_pages
    printed = PdfReader(out)
    assert len(printed.pages) == source_pages
    for page in printed.pages:
        width_mm = float(page.mediabox.width) / 72 * 25.4
        height_mm = float(page.mediabox.height) / 72 * 25.4
        assert (round(width_mm), round(height_mm)) == (210, 297)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_printed_pages_look_like_the_sheet(qapp, sheet_pdf, tmp_path):
    printer = sheet_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    print_pdf(sheet_pdf, printer)
    original = tmp_path / "original.pdf"
    original.write_bytes(sheet_pdf)
    for name in ("original", "printed"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "40",
                "-gray",
                "-f",
                "1",
                "-l",
                "1",
                str(tmp_path / f"{name}.pdf"),
                str(tmp_path / name),
            ],
            check=True,
        )
    a = _pgm(next(tmp_path.glob("original*.pgm")))
    b = _pgm(next(tmp_path.glob("printed*.pgm")))
    assert a[0] == b[0]
    # Block means forgive anti-aliasing but not a shifted, scaled or different page:
    # measured here 1.9 for the same page and 8.8 for page 2 against page 1.
    diff = _mean_block_difference(a, b)
    assert diff < 4, f"mean grey difference of 8×8 blocks {diff:.1f}"


def _mean_block_difference(a: tuple[tuple[int, int], bytes], b: tuple[tuple[int, int], bytes]):
    (w, h), pa = a
    pb = b[1]
    n = 8
    total, count = 0.0, 0
    for by in range(0, h - n + 1, n):
        for bx in range(0, w - n + 1, n):
            rows = range(by * w + bx, (by + n) * w + bx, w)
            sa = sum(sum(pa[r : r + n]) for r in rows)
            sb = sum(sum(pb[r : r + n]) for r in rows)
            total += abs(sa - sb) / (n * n)
            count += 1
    return total / count


def _pgm(path: Path) -> tuple[tuple[int, int], bytes]:
    data = path.read_bytes()
    parts = data.split(maxsplit=4)
    width, height = int(parts[1]), int(parts[2])
    return (width, height), parts[4][-width * height :]


def test_a_broken_pdf_gives_a_german_message(qapp):
    with pytest.raises(PrintError, match="nicht für den Druck geladen"):
        print_pdf(b"%PDF-1.4 kaputt", sheet_printer())
