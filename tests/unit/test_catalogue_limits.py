"""Hostile catalogue cells and archives: refused with a message, never a crash or an injection."""

from __future__ import annotations

import io
import zipfile

import pytest

from kundengespraech.importers.catalogue_csv import (
    parse_catalogue_csv,
    read_catalogue,
    write_catalogue,
)
from kundengespraech.importers.catalogue_xlsx import parse_catalogue_xlsx
from kundengespraech.importers.issues import (
    MAX_ISSUES,
    CatalogueImportError,
    issue_lines,
    more_issues_text,
)

HEADER = "id,make,model,body_type,price_eur,seats,powertrain\n"


def test_formula_cells_are_neutralised_on_export_and_restored_on_import() -> None:
    data = (HEADER + '1,"=HYPERLINK(""x"")",@SUM,city,-5,5,petrol\n').encode()
    data = data.replace(b",-5,", b",5,")
    vehicles = read_catalogue(data)
    written = write_catalogue(vehicles)
    assert b"'=HYPERLINK" in written and b"'@SUM" in written
    assert read_catalogue(written) == vehicles


def test_a_40_digit_price_gets_a_located_message() -> None:
    parsed = parse_catalogue_csv((HEADER + "1,VW,Golf,city," + "9" * 40 + ",5,petrol\n").encode())
    assert [(i.line, i.column) for i in parsed.issues] == [(2, "price_eur")]
    assert "zu groß" in parsed.issues[0].message


def test_a_long_cell_is_not_called_an_unbalanced_quote() -> None:
    parsed = parse_catalogue_csv((HEADER + "1,VW," + "x" * 200_000 + ",city,5,5,petrol\n").encode())
    assert "länger als" in parsed.issues[0].message


def test_a_zip_bomb_is_refused_before_it_is_opened() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    parsed = parse_catalogue_xlsx(buffer.getvalue(), "bombe.xlsx")
    assert "ZIP-Bombe" in parsed.issues[0].message or "entpackt" in parsed.issues[0].message


def test_collected_problems_are_capped_and_the_rest_counted() -> None:
    rows = "".join(f"{n},VW,Golf,city,5000,x,petrol\n" for n in range(1, 1236))
    parsed = parse_catalogue_csv((HEADER + rows).encode(), "k.csv")
    assert len(parsed.issues) == MAX_ISSUES == 100
    assert parsed.more_issues == 1135 and parsed.issue_count == 1235
    assert [issue.line for issue in parsed.issues] == list(range(2, 102))
    lines = issue_lines(parsed.issues, parsed.more_issues, indent="  ")
    assert len(lines) == 101 and lines[-1] == "  … und 1.135 weitere Fehler"
    with pytest.raises(CatalogueImportError) as raised:
        parsed.vehicles_or_raise()
    assert raised.value.count == 1235
    assert str(raised.value).startswith("Der Katalog wurde nicht importiert (1.235 Fehler)")
    assert str(raised.value).endswith("… und 1.135 weitere Fehler")


def test_one_more_problem_is_named_in_the_singular() -> None:
    assert more_issues_text(1) == "… und 1 weiterer Fehler"
    assert more_issues_text(1234) == "… und 1.234 weitere Fehler"
    assert issue_lines([], 0) == []
