"""List files (CSV, XML, GeoJSON) as tables and back, the same table every time."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from exports.forms import lists


def test_a_csv_in_gb18030_reads_like_one_in_utf8() -> None:
    text = "name,label\nls,兰山街道\n"
    assert lists.read("s.csv", text.encode("gb18030")) == \
        lists.read("s.csv", text.encode("utf-8-sig")) == [["name", "label"], ["ls", "兰山街道"]]


def test_xml_items_become_rows_with_name_and_label_first() -> None:
    data = "<root><item><label>甲</label><x>1</x><name>a</name></item></root>".encode()
    assert lists.read("a.xml", data) == [["name", "label", "x"], ["a", "甲", "1"]]


def test_geojson_features_carry_their_geometry_as_odk_text() -> None:
    document = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": 7, "properties": {"title": "北门", "n": 2.0},
         "geometry": {"type": "Point", "coordinates": [118.3, 35.1]}},
        {"type": "Feature", "properties": {"id": "w", "title": "围墙"},
         "geometry": {"type": "LineString", "coordinates": [[118.3, 35.1], [118.4, 35.2]]}}]}
    table = lists.read("p.geojson", json.dumps(document).encode())
    assert table == [["id", "title", "n", "geometry"], ["7", "北门", "2", "35.1 118.3"],
                     ["w", "围墙", "", "35.1 118.3;35.2 118.4"]]
    assert lists.read("p.geojson", lists.write("p.geojson", table)) == table


@pytest.mark.parametrize("data", [b"<root><item>", b"{not json", b"<!DOCTYPE x [<!ENTITY a 'b'>]>"
                                  b"<root/>"])
def test_a_damaged_file_is_a_typed_error(data: bytes) -> None:
    name = "x.geojson" if data.startswith(b"{") else "x.xml"
    with pytest.raises(lists.ListFileError) as caught:
        lists.read(name, data)
    assert (caught.value.name, caught.value.reason) == (name, "damaged")


def test_the_files_a_survey_names_are_found() -> None:
    survey = [["Type", "Name"], ["select_one_from_file a.csv", "x"],
              ["select multiple from file b.xml", "y"], ["csv-external", "c"], ["text", "z"]]
    assert lists.wanted(survey) == ["a.csv", "b.xml", "c.csv"]


CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8).map(
    str.strip)


@settings(database=None, deadline=None, max_examples=150)
@example("l.csv", [["'", "'"]])  # a sniffed delimiter misread quotes
@given(st.sampled_from(["l.csv", "l.xml"]),
       st.lists(st.lists(CELL, min_size=2, max_size=2), min_size=1, max_size=6))
def test_a_table_written_reads_back_the_same(name: str, rows: list[list[str]]) -> None:
    table = [["name", "label"], *(r for r in rows if any(r))]
    once = lists.read(name, lists.write(name, table))
    assert lists.read(name, lists.write(name, once)) == once
    if name.endswith(".csv"):
        assert once == table
