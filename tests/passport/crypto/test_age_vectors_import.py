"""The CCTV age vectors through the bundle import path: a practitioner opening each one.

Every vector that expects failure must be refused with a PassportError, and the
practitioner's store must hold nothing afterwards (no bundle, no chunk, no spool). The
success vectors decrypt, but their payloads are not bundles, so they are refused too.
Only vectors whose identities pyrage cannot hold (post-quantum hybrid) are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from passport.errors import BundleDamaged, PassportError
from passport.exchange import identity, received
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.passport.crypto.test_age_vectors import (
    credentials,
    read_vector,
    skip_reason,
    usable_identities,
    vector_paths,
)
from tests.sharing_helpers import received_rows


@pytest.fixture(scope="module")
def practitioner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profile]:
    base = tmp_path_factory.mktemp("vectors")
    profile, _code = Profile.create(base, ProfileKind.PRACTITIONER, "Vectors", PASSPHRASE, kdf=FAST_KDF)
    yield profile
    profile.lock()


def test_vectors_are_present() -> None:
    assert len(vector_paths()) > 100


@pytest.mark.parametrize("path", vector_paths(), ids=lambda path: path.name)
def test_vector_is_refused_by_the_import_path(path: Path, practitioner: Profile, tmp_path: Path) -> None:
    vector = read_vector(path)
    reason = skip_reason(vector)
    if reason:
        pytest.skip(reason)
    usable = usable_identities(vector)
    if usable:
        identity.replace_age_identity(practitioner.vault, usable[0])
    bundle = tmp_path / "vector.wpb"
    bundle.write_bytes(vector.age_file)
    empty = {table: [] for table in received_rows(practitioner)}
    for passphrase in credentials(vector):
        # Only PassportError is caught: anything else (a crash, a tarfile error) fails.
        with pytest.raises(PassportError) as refused:
            received.open_bundle(practitioner.vault, bundle, passphrase=passphrase)
        if vector.expect == "success":
            assert isinstance(refused.value, BundleDamaged), refused.value
        assert received_rows(practitioner) == empty
