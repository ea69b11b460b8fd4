"""Every integer in every file format has an upper bound (issue 13: a signed share with
revision 10**400 was accepted; SQLite holds at most 2**63 - 1)."""

from __future__ import annotations

import inspect
import types
import typing

import annotated_types
import pytest
from pydantic import BaseModel, ValidationError

from passport.crypto import keyfile
from passport.formats import bundle_format, cards, piece_format
from passport.store import backup

FORMAT_MODULES = (bundle_format, cards, keyfile, backup, piece_format)


def format_models() -> list[type[BaseModel]]:
    found = []
    for module in FORMAT_MODULES:
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseModel) and value.__module__ == module.__name__:
                found.append(value)
    return found


def holds_int(annotation: object) -> bool:
    if annotation is int:
        return True
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return any(holds_int(arg) for arg in typing.get_args(annotation))
    return False


def test_the_format_models_are_found() -> None:
    names = {model.__name__ for model in format_models()}
    assert {"Manifest", "BundleEntry", "BundleAttachment", "Card", "Argon2Params", "KeyFileBody",
            "BackupManifest", "PieceBody", "PiecesParams"} <= names


@pytest.mark.parametrize("model", format_models(), ids=lambda model: model.__name__)
def test_every_integer_field_has_an_upper_bound(model: type[BaseModel]) -> None:
    for name, field in model.model_fields.items():
        if not holds_int(field.annotation):
            continue
        bounded = any(isinstance(rule, annotated_types.Le | annotated_types.Lt) for rule in field.metadata)
        assert bounded, f"{model.__name__}.{name} has no upper bound"
        assert any(isinstance(rule, annotated_types.Ge | annotated_types.Gt) for rule in field.metadata), name


def test_a_huge_revision_or_key_file_number_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        bundle_format.BundleEntry.model_validate_json(
            '{"id": "x", "revision": ' + "9" * 400 + "}"
        )
    with pytest.raises(ValidationError):
        keyfile.Argon2Params(salt="AA==", memory_kib=10**400, iterations=3, lanes=4)
    with pytest.raises(ValidationError):
        keyfile.KeyFileBody(format="wellbeing-passport-keys", version=10**400, slots=())
