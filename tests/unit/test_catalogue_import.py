"""Catalogue import use case and command line: preview, column map, photos, all-or-nothing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from kundengespraech.__main__ import main
from kundengespraech.importers.catalogue_csv import read_catalogue
from kundengespraech.importers.issues import CatalogueImportError
from kundengespraech.services.app import AppServices, open_services
from kundengespraech.services.images import image_path, images_folder

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(40)
JPG = b"\xff\xd8\xff\xe0" + bytes(60)
HEADER = "id,make,model,body_type,price_eur,seats,powertrain,image"
GERMAN = "Kennung;Marke;Modell;Aufbau;VK;Sitze;Kraftstoff;Foto;Farbe"
GERMAN_MAP = {
    "Kennung": "id",
    "Marke": "make",
    "Modell": "model",
    "Aufbau": "body_type",
    "VK": "price_eur",
    "Sitze": "seats",
    "Kraftstoff": "powertrain",
    "Foto": "image",
}


@pytest.fixture
def services(tmp_path: Path):
    opened = open_services(f"sqlite:///{tmp_path / 'import.db'}")
    yield opened
    opened.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A dealer's folder: a catalogue CSV and its photos beside it."""
    path = tmp_path / "haendler"
    (path / "fotos").mkdir(parents=True)
    (path / "fotos" / "golf.png").write_bytes(PNG)
    (path / "polo.JPG").write_bytes(JPG)
    (path / "katalog.csv").write_text(
        f"{HEADER}\nG1,VW,Golf,compact,29990,5,petrol,fotos/golf.png\n"
        "G2,VW,Polo,city,19990,5,petrol,polo.JPG\nG3,VW,Up,city,12990,4,petrol,\n"
        "G4,VW,Golf Variant,estate,32990,5,petrol,fotos\\golf.png\n",
        encoding="utf-8",
    )
    return path


def ids(services: AppServices) -> list[str]:
    services.recommendations.reload()
    return [v.id for v in services.recommendations.vehicles()]


def test_preview_writes_nothing_and_import_copies_the_photos(services, folder):
    before = ids(services)
    preview = services.catalogue.preview_file(folder / "katalog.csv")
    assert preview.ok and preview.count == 4 and preview.photo_count == 3
    assert ids(services) == before
    assert services.catalogue.import_preview(preview, replace=True) == 4
    vehicles = {v.id: v for v in services.recommendations.vehicles()}
    assert sorted(vehicles) == ["G1", "G2", "G3", "G4"]
    golf_name = hashlib.sha1(PNG).hexdigest() + ".png"
    assert vehicles["G1"].image == vehicles["G4"].image == golf_name
    assert vehicles["G2"].image == hashlib.sha1(JPG).hexdigest() + ".jpg"
    assert vehicles["G3"].image == ""
    shutil.rmtree(folder)  # the photos survive without the original folder
    assert image_path(vehicles["G1"]) == images_folder() / golf_name
    assert image_path(vehicles["G1"]).read_bytes() == PNG
    assert image_path(vehicles["G3"]) is None


def test_exported_catalogue_imports_again_with_its_photos(services, folder, tmp_path):
    services.catalogue.import_file(folder / "katalog.csv", replace=True)
    exported = tmp_path / "export" / "katalog.csv"
    exported.parent.mkdir()
    services.catalogue.export_file(exported)
    shutil.rmtree(folder)
    preview = services.catalogue.preview_file(exported)
    assert preview.ok and preview.photo_count == 3
    services.catalogue.import_preview(preview, replace=True)
    assert read_catalogue(exported.read_bytes()) == services.recommendations.vehicles()


def test_missing_photo_is_an_error_of_its_row_unless_skipped(services, folder):
    (folder / "polo.JPG").unlink()
    preview = services.catalogue.preview_file(folder / "katalog.csv")
    (issue,) = preview.issues
    assert (issue.line, issue.column) == (3, "image")
    assert issue.message.startswith("Bilddatei „polo.JPG“ nicht gefunden (gesucht in: ")
    assert preview.count == 0
    with pytest.raises(CatalogueImportError):
        services.catalogue.import_preview(preview)
    skipped = services.catalogue.check_images(preview, preview.folders, skip_missing_images=True)
    assert skipped.ok and skipped.skipped_images == 1 and skipped.photo_count == 2
    services.catalogue.import_preview(skipped, replace=True)
    polo = next(v for v in services.recommendations.vehicles() if v.id == "G2")
    assert polo.image == ""


def test_photos_from_a_chosen_folder(services, folder, tmp_path):
    elsewhere = tmp_path / "bilder"
    shutil.move(folder / "fotos", elsewhere / "fotos")
    shutil.move(folder / "polo.JPG", elsewhere / "polo.JPG")
    assert not services.catalogue.preview_file(folder / "katalog.csv").ok
    preview = services.catalogue.preview_file(folder / "katalog.csv", images_folder=elsewhere)
    assert preview.ok and preview.photo_count == 3
    assert preview.folders == (elsewhere, folder)


@pytest.mark.parametrize(
    ("cell", "content", "expected"),
    [
        ("https://example.org/golf.png", None, "Internet-Adresse"),
        ("golf.gif", b"GIF89a", "kein Foto im Format PNG oder JPG"),
        ("golf.png", b"kein Bild", "keine lesbare PNG- oder JPG-Datei"),
    ],
)
def test_unusable_photos(services, tmp_path, cell, content, expected):
    if content is not None:
        (tmp_path / cell).write_bytes(content)
    data = f"{HEADER}\nG1,VW,Golf,compact,29990,5,petrol,{cell}\n".encode()
    preview = services.catalogue.preview_bytes(data, "k.csv", base_folder=tmp_path)
    (issue,) = preview.issues
    assert (issue.line, issue.column) == (2, "image") and expected in issue.message


def test_column_map_and_remembered_mapping(services, tmp_path):
    source = tmp_path / "bestand.csv"
    source.write_text(f"{GERMAN}\nB1;Kia;Ceed;Kombi;23.990;5;Benzin;;grün\n", encoding="utf-8")
    assert not services.catalogue.preview_file(source).ok
    assert services.catalogue.headers(source) == GERMAN.split(";")
    services.catalogue.import_file(source, column_map=GERMAN_MAP)
    kia = next(v for v in services.recommendations.vehicles() if v.id == "B1")
    assert (kia.body_type, int(kia.price_eur), kia.extra) == ("estate", 23990, {"Farbe": "grün"})
    assert services.catalogue.remembered_mapping("bestand.csv") == {}
    services.catalogue.remember_mapping("bestand.csv", {**GERMAN_MAP, "Farbe": None})
    assert services.catalogue.remembered_mapping("bestand.csv") == {**GERMAN_MAP, "Farbe": None}
    assert services.catalogue.remembered_mapping("anders.csv") == {}


def test_excel_file_through_the_service(services, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(GERMAN.split(";"))
    book.active.append(["X1", "Kia", "EV6", "SUV", 45990.0, 5, "Elektro", None, "weiß"])
    book.save(tmp_path / "bestand.xlsx")
    preview = services.catalogue.preview_file(tmp_path / "bestand.xlsx", column_map=GERMAN_MAP)
    assert preview.ok and preview.count == 1
    assert services.catalogue.import_preview(preview) == 1


# --- command line ----------------------------------------------------------------------------


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_preview_writes_nothing(capsys, tmp_path, folder):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    before = tmp_path / "before.csv"
    cli(capsys, "--db", db, "catalogue", "export", str(before))
    code, out, err = cli(capsys, "--db", db, "catalogue", "import", str(folder / "katalog.csv"),
                         "--preview", "--replace")  # fmt: skip
    assert (code, err) == (0, "")
    assert "4 Fahrzeuge, 3 mit Foto, fehlerfrei" in out and "Nichts geschrieben" in out
    after = tmp_path / "after.csv"
    cli(capsys, "--db", db, "catalogue", "export", str(after))
    assert after.read_bytes() == before.read_bytes()


def test_cli_preview_with_errors_exits_2_and_hints_the_map(capsys, tmp_path):
    source = tmp_path / "bestand.csv"
    source.write_text(f"{GERMAN}\nB1;Kia;Ceed;Kombi;23.990;5;Benzin;;grün\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    code, out, err = cli(capsys, "--db", db, "catalogue", "import", str(source), "--preview")
    assert code == 2 and out == ""
    assert "bestand.csv, Zeile 1, Spalte „id“: Pflichtspalte fehlt" in err
    assert '--map "Kennung=id"' in err and '--map "VK=price_eur"' in err


def test_cli_map_images_and_skip_missing(capsys, tmp_path, folder):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    source = tmp_path / "bestand.csv"
    source.write_text(
        f"{GERMAN}\nB1;Kia;Ceed;Kombi;23.990;5;Benzin;golf.png;grün\n"
        "B2;Kia;Picanto;Kleinwagen;13.990;4;Benzin;fehlt.png;\n",
        encoding="utf-8",
    )
    maps = [arg for header, target in GERMAN_MAP.items() for arg in ("--map", f"{header}={target}")]
    args = ["--db", db, "catalogue", "import", str(source), *maps, "--map", "Farbe="]
    code, _, err = cli(capsys, *args, "--images", str(folder / "fotos"))
    assert code == 2 and "Zeile 3, Spalte „Foto“: Bilddatei „fehlt.png“ nicht gefunden" in err
    code, out, err = cli(capsys, *args, "--images", str(folder / "fotos"), "--skip-missing-images")
    assert (code, err) == (0, "")
    assert "2 Fahrzeuge importiert" in out and "1 Foto(s) nicht gefunden" in out
    services = open_services(db)
    try:
        kia = {v.id: v for v in services.recommendations.vehicles()}
    finally:
        services.close()
    assert kia["B1"].extra == {} and image_path(kia["B1"]) is not None
    assert kia["B2"].image == ""


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        (["--map", "Sitze"], "erwartet „Spalte der Datei=Katalogspalte“"),
        (["--map", "Sitze=sitze"], "„sitze“ ist keine Katalogspalte"),
        (["--images", "/gibt/es/nicht"], "kein Ordner"),
    ],
)
def test_cli_bad_options(capsys, tmp_path, folder, option, expected):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    code, _, err = cli(capsys, "--db", db, "catalogue", "import", str(folder / "katalog.csv"),
                       *option)  # fmt: skip
    assert code == 2 and expected in err


def test_the_sheet_gets_the_full_path_of_a_stored_photo(services, folder):
    from kundengespraech.domain.needs import NeedsProfile
    from kundengespraech.domain.recommend import rank
    from kundengespraech.services.settings import DealerSettings
    from kundengespraech.services.sheets import sheet_data

    services.catalogue.import_file(folder / "katalog.csv", replace=True)
    vehicles = {v.id: v for v in services.recommendations.vehicles()}
    ranking = rank(NeedsProfile(), [vehicles["G1"], vehicles["G3"]])
    data = sheet_data(DealerSettings(), (), {}, ranking)
    photo = {"G1": str(images_folder() / vehicles["G1"].image), "G3": ""}
    assert [v.image_path for v in data.vehicles] == [
        photo[r.vehicle.id] for r in ranking.recommendations
    ]
    assert len(data.vehicles) == 2
