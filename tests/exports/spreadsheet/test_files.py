"""A file is checked before any parser sees it: an XML part declaring a DTD is a bomb."""

from __future__ import annotations

import io

import pytest

from exports.spreadsheet import files


@pytest.mark.parametrize(("prolog", "dtd"), [
    ('<?xml version="1.0"?><root/>', False),
    ('<?xml version="1.0"?>\n<!-- ' + "长" * 70_000 + ' -->\n<!DOCTYPE x [<!ENTITY a "b">]><x/>',
     True),
    ('\ufeff<?xml version="1.0"?><?pi ' + "?" * 5 + " x?><!-- a -- b --><!DOCTYPE y><y/>", True),
    ('<root><!DOCTYPE not-in-the-prolog></root>', False),
    ("<!-- never closed", False),
])
def test_a_dtd_is_found_however_long_the_prolog(prolog: str, dtd: bool) -> None:
    assert files._declares_dtd(io.BytesIO(prolog.encode())) is dtd
