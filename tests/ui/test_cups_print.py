"""A real print queue: the sheet goes through the app's own print path to CUPS' virtual PDF
printer, and what comes out is compared page by page with the sheet.

Runs only with ``KUNDENGESPRAECH_TEST_CUPS=1`` and a queue named "PDF" (``bash .ci/cups.sh``
sets it up and prints the folder cups-pdf writes to; pass it as ``KUNDENGESPRAECH_CUPS_OUT``,
default ``~/PDF``). cups-pdf's output passes through Ghostscript, so pages are compared as
images, never as text.
"""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinterInfo

from kundengespraech.report.sheet_pdf import render_sheet
from kundengespraech.ui.printing import print_pdf, sheet_printer
from tests.page_images import grey_pages, mean_block_difference
from tests.unit.sheet_samples import RECOMMENDATIONS, family_sheet

QUEUE = "PDF"
pytestmark = pytest.mark.skipif(
    os.environ.get("KUNDENGESPRAECH_TEST_CUPS") != "1",
    reason="real printer test: set KUNDENGESPRAECH_TEST_CUPS=1 after `bash .ci/cups.sh`",
)


def output_folder() -> Path:
    configured = os.environ.get("KUNDENGESPRAECH_CUPS_OUT")
    return Path(configured) if configured else Path(os.path.expanduser("~")) / "PDF"


def wait_for_output(folder: Path, token: str, timeout: float = 90) -> Path:
    """The file cups-pdf wrote for our job (its name carries the job title), once complete."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in folder.glob("*.pdf") if token in p.name] if folder.is_dir() else []
        queue_busy = subprocess.run(
            ["lpstat", "-o", QUEUE], capture_output=True, text=True, check=False
        ).stdout.strip()
        if found and not queue_busy:
            size = found[0].stat().st_size
            time.sleep(0.5)
            if size and found[0].stat().st_size == size:
                return found[0]
        time.sleep(0.5)
    log = Path("/var/log/cups/error_log")
    tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
    raise AssertionError(f"no printed file with {token!r} in {folder}\n{tail}")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_sheet_printed_on_the_cups_pdf_queue_matches_the_sheet(qapp, tmp_path):
    names = [p.printerName() for p in QPrinterInfo.availablePrinters()]
    assert QUEUE in names, f"Qt sees no queue {QUEUE!r} (it sees {names}); run .ci/cups.sh"
    # Two pages: three vehicles and a fourth with a long list of caveats.
    caveats = tuple(f"Bedenken {i}: Größe, Preis und Straße prüfen (€)." for i in range(45))
    long_one = dataclasses.replace(RECOMMENDATIONS[1], reasons_against=caveats)
    sheet = render_sheet(family_sheet("de", recommendations=(RECOMMENDATIONS[0], long_one)))
    source_pages = len(PdfReader(io.BytesIO(sheet)).pages)
    assert source_pages == 2

    token = f"kg-cups-{uuid.uuid4().hex[:12]}"
    printer = sheet_printer(token)
    printer.setPrinterName(QUEUE)
    assert printer.isValid()
    assert print_pdf(sheet, printer) == source_pages

    printed = wait_for_output(output_folder(), token)
    reader = PdfReader(printed)
    assert len(reader.pages) == source_pages  # every page arrived
    for page in reader.pages:
        width_mm = float(page.mediabox.width) / 72 * 25.4
        height_mm = float(page.mediabox.height) / 72 * 25.4
        assert (round(width_mm), round(height_mm)) == (210, 297)

    original = tmp_path / "original.pdf"
    original.write_bytes(sheet)
    want = grey_pages(original, tmp_path, "original")
    got = grey_pages(printed, tmp_path, "printed")
    assert len(want) == len(got) == source_pages
    for number, (a, b) in enumerate(zip(want, got, strict=True), start=1):
        assert a[0] == b[0], f"page {number}: size {b[0]} instead of {a[0]}"
        diff = mean_block_difference(a, b)
        assert diff < 4, f"page {number}: mean grey difference of 8×8 blocks {diff:.1f}"
    # A page against the other page differs clearly: the comparison can fail.
    assert mean_block_difference(want[0], got[1]) > 4
    printed.unlink()
