"""Property companies: the credit code checked, one record per code on every machine."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.property import companies
from storage.store.db import Store
from tests.property_helpers import credit_code

_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@pytest.mark.parametrize("code", ["9144030071526726XG", "91330100716105852F",
                                  "91110000600037341L"])
def test_real_codes_pass_as_typed(code: str) -> None:
    """Codes printed on business licences, typed in lower case or full width."""
    assert companies.check_credit_code(code) == code
    assert companies.check_credit_code(f" {code.lower()} ") == code
    full_width = code.translate({ord(c): ord(c) + 0xFEE0 for c in code})
    assert companies.check_credit_code(full_width) == code
    assert companies.check_credit_code("") == ""


@given(st.text(alphabet=_ALPHABET, min_size=17, max_size=17), st.integers(0, 17),
       st.sampled_from(_ALPHABET))
def test_changing_any_character_is_noticed(body: str, position: int, other: str) -> None:
    """The check character catches every single changed character."""
    code = body + companies.check_digit(body)
    assert companies.check_credit_code(code.lower()) == code
    changed = code[:position] + other + code[position + 1:]
    if changed == code:
        return
    with pytest.raises(companies.PropertyError):
        companies.check_credit_code(changed)


@given(st.text(max_size=25))
def test_any_typed_code_is_valid_or_refused(text: str) -> None:
    try:
        code = companies.check_credit_code(text)
    except companies.PropertyError as error:
        assert error.reason == "bad_credit_code"
    else:
        assert code == "" or (len(code) == 18 and companies.check_digit(code[:17]) == code[17])


def test_one_company_per_code(store: Store) -> None:
    first = companies.save(store, companies.Company("临沂恒信物业", credit_code(7)))
    same = companies.Company("临沂恒信物业服务有限公司", credit_code(7))
    with pytest.raises(companies.PropertyError) as raised:
        companies.save(store, same)
    assert raised.value.reason == "duplicate_code"
    assert first.id == companies.COMPANY.id_for(credit_code(7))
    first.name = "临沂恒信物业服务有限公司"
    companies.save(store, first)
    assert companies.resolve(store, "恒信").name == "临沂恒信物业服务有限公司"
    assert companies.resolve(store, credit_code(7).lower()).id == first.id


def test_resolve_refuses_what_is_ambiguous(store: Store) -> None:
    companies.save(store, companies.Company("华新物业"))
    companies.save(store, companies.Company("华新物业二公司"))
    assert companies.resolve(store, "华新物业").name == "华新物业"
    with pytest.raises(companies.UnknownCompany) as raised:
        companies.resolve(store, "华新")
    assert sorted(raised.value.matches) == ["华新物业", "华新物业二公司"]
    with pytest.raises(companies.UnknownCompany):
        companies.resolve(store, "")


@given(st.text(max_size=100))
def test_names_as_typed(name: str) -> None:
    try:
        cleaned = companies.clean(name, "name", required=True)
    except companies.PropertyError as error:
        assert error.reason in ("required", "too_long")
        assert not name.split() or len(" ".join(name.split())) > companies.MAX_NAME
    else:
        assert cleaned == " ".join(name.split()) and "\n" not in cleaned
