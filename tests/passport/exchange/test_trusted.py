"""Trusted people (issue 18, item 1): three pieces, any two open; one opens nothing; a wrong,
foreign or replaced piece is refused with its own error; hostile piece files are refused plainly."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
import shamir_mnemonic

from passport.crypto import pieces
from passport.crypto.keyfile import KeyFile
from passport.errors import (
    BundleDamaged,
    BundleError,
    BundleNotForYou,
    BundleReplaced,
    BundleSignatureInvalid,
    BundleTooLarge,
    BundleUnsigned,
    BundleVersionUnsupported,
    InvalidValue,
    NotARegularFile,
    NotEnoughPieces,
    NoTrustedPeople,
    NotThisKindOfProfile,
    PieceForeign,
    PieceMalformed,
    PieceRepeated,
    PiecesReplaced,
    StoreDamaged,
    WrongSecret,
)
from passport.formats.piece_format import PieceBody, signed_bytes, write_piece
from passport.profile import Profile
from passport.store.database import Store
from tests.helpers import PASSPHRASE, add_entry
from tests.suggestion_helpers import every_row
from tests.trusted_helpers import give_and_keep, lock_all, make_circle

NEW_PASSPHRASE = "orange lantern by the quiet harbour"


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    yield made
    lock_all(made)


def test_every_two_of_three_open_and_lead_to_a_new_passphrase(circle, tmp_path: Path) -> None:
    add_entry(circle.owner, "Music helps", "I play guitar.")
    words = give_and_keep(circle, tmp_path / "out")
    folder = circle.owner.folder
    circle.owner.lock()
    for first, second in itertools.permutations(range(3), 2):
        opened = Profile.open_with_pieces(folder, [words[first], words[second]])
        assert opened.opened_with_pieces and opened.opened_with_recovery_code
        assert [entry.title for entry in opened.entries()] == ["Music helps"]
        opened.lock()
    # All three together open too; typed loosely (capitals, numbers, line breaks, four letters a word).
    loose = "\n".join(f"{n}. {w[:4].upper()}" for n, w in enumerate(words[2].split(), 1))
    Profile.open_with_pieces(folder, [*words[:2], loose]).lock()
    Profile.open_with_pieces(folder, [words[0], loose]).lock()

    # Back in through two pieces: a new passphrase without the old one, and the key moves.
    opened = Profile.open_with_pieces(folder, [words[1], words[2]])
    old_key = opened.vault.database_key()
    code = opened.reset_passphrase(NEW_PASSPHRASE)
    assert opened.vault.database_key() != old_key
    opened.lock()
    Profile.open_with_passphrase(folder, NEW_PASSPHRASE).lock()
    Profile.open_with_recovery_code(folder, code).lock()
    with pytest.raises(WrongSecret):
        Profile.open_with_passphrase(folder, PASSPHRASE)
    # The same pieces still open it (the slot was sealed again for the new key).
    Profile.open_with_pieces(folder, [words[0], words[2]]).lock()


def test_one_piece_alone_opens_nothing_and_says_so(circle, tmp_path: Path) -> None:
    words = give_and_keep(circle, tmp_path / "out")
    folder = circle.owner.folder
    for one in words:
        with pytest.raises(NotEnoughPieces):
            Profile.open_with_pieces(folder, [one])
        with pytest.raises(NotEnoughPieces):
            Profile.open_with_pieces(folder, [one, "  "])


def test_one_real_piece_and_a_made_up_second_open_nothing(circle, tmp_path: Path) -> None:
    """Someone holding one piece makes up the second: a piece of the same set and number
    but from another secret (they know the set's words, not the line through the secret)."""
    words = give_and_keep(circle, tmp_path / "out")
    real = shamir_mnemonic.Share.from_mnemonic(words[0])
    from shamir_mnemonic.shamir import EncryptedMasterSecret, split_ems

    for guess in (bytes(16), bytes(range(16)), b"\xff" * 16):
        ems = EncryptedMasterSecret.from_master_secret(guess, b"", real.identifier, False, 0)
        made_up = split_ems(1, [(2, 3)], ems)[0][1].mnemonic()
        with pytest.raises(PieceForeign):
            Profile.open_with_pieces(circle.owner.folder, [words[0], made_up])


def test_a_piece_given_twice_is_refused(circle, tmp_path: Path) -> None:
    words = give_and_keep(circle, tmp_path / "out")
    with pytest.raises(PieceRepeated):
        Profile.open_with_pieces(circle.owner.folder, [words[0], words[0].upper()])


def test_wrong_pieces_each_have_their_reason(circle, tmp_path: Path) -> None:
    words = give_and_keep(circle, tmp_path / "out")
    folder = circle.owner.folder
    with pytest.raises(PieceMalformed) as refused:
        pieces.read_piece(" 1. 2. ")
    assert refused.value.reason == "empty"
    cases = {
        " ".join(words[0].split()[:19]): "length",
        words[0].replace(words[0].split()[5], "zzzz", 1): "word",
    }
    for typed, reason in cases.items():
        with pytest.raises(PieceMalformed) as refused:
            Profile.open_with_pieces(folder, [typed, words[1]])
        assert refused.value.reason == reason
    # Two words swapped: the checksum finds it.
    swapped = words[0].split()
    swapped[8], swapped[9] = swapped[9], swapped[8]
    if swapped[8] != swapped[9]:
        with pytest.raises(PieceMalformed) as refused:
            Profile.open_with_pieces(folder, [" ".join(swapped), words[1]])
        assert refused.value.reason == "checksum"


def test_pieces_of_someone_else_are_refused_as_foreign(circle, tmp_path: Path) -> None:
    give_and_keep(circle, tmp_path / "out")
    foreign = pieces.new_set().pieces
    with pytest.raises(PieceForeign):
        Profile.open_with_pieces(circle.owner.folder, [foreign[0], foreign[1]])
    # A SLIP-39 share of another shape (3 of 5) is no piece of this app.
    other = shamir_mnemonic.generate_mnemonics(1, [(3, 5)], bytes(16))[0]
    with pytest.raises(PieceForeign):
        Profile.open_with_pieces(circle.owner.folder, other[:2])


def test_same_set_identifier_other_secret_is_foreign(circle, tmp_path: Path) -> None:
    give_and_keep(circle, tmp_path / "out")
    params = KeyFile.load(circle.owner.folder.key_path).trusted_params()
    assert params is not None
    from shamir_mnemonic.shamir import EncryptedMasterSecret, split_ems

    ems = EncryptedMasterSecret.from_master_secret(bytes(16), b"", params.identifier, False, 0)
    lookalike = [share.mnemonic() for share in split_ems(1, [(2, 3)], ems)[0]]
    with pytest.raises(PieceForeign):
        Profile.open_with_pieces(circle.owner.folder, lookalike[:2])


def test_a_profile_without_trusted_people_says_so(circle) -> None:
    made = pieces.new_set().pieces
    with pytest.raises(NoTrustedPeople):
        Profile.open_with_pieces(circle.owner.folder, [made[0], made[1]])


def test_new_pieces_replace_the_old_ones(circle, tmp_path: Path) -> None:
    add_entry(circle.owner, "Before", "")
    old = give_and_keep(circle, tmp_path / "first")
    old_key_file = circle.owner.folder.key_path.read_bytes()
    key_before = circle.owner.vault.database_key()
    new = give_and_keep(circle, tmp_path / "second")
    assert circle.owner.vault.database_key() != key_before, "a new set moves the store to a new key"
    add_entry(circle.owner, "After", "")
    folder = circle.owner.folder
    circle.owner.lock()
    for first, second in itertools.combinations(range(3), 2):
        with pytest.raises(PiecesReplaced):
            Profile.open_with_pieces(folder, [old[first], old[second]])
        with pytest.raises(PiecesReplaced):  # one old, one new: the old one is named
            Profile.open_with_pieces(folder, [new[first], old[second]])
        Profile.open_with_pieces(folder, [new[first], new[second]]).lock()
    # A copy of the old key file with the old pieces opens nothing written since.
    stolen = KeyFile.parse(old_key_file).unlock_with_pieces([old[0], old[1]])
    assert stolen == key_before
    with pytest.raises(StoreDamaged):
        Store(folder.db_path, stolen)
    # The holders keep only the newest piece from Sky.
    for holder in circle.holders:
        assert len(holder.trusted.held_pieces()) == 1


def test_only_a_young_person_gives_pieces_and_to_three_different_people(circle, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue):
        circle.owner.trusted.give_pieces(circle.contact_ids[:2], tmp_path)
    with pytest.raises(InvalidValue):
        circle.owner.trusted.give_pieces([circle.contact_ids[0]] * 3, tmp_path)
    with pytest.raises(NotThisKindOfProfile):
        circle.holders[0].trusted.give_pieces(circle.contact_ids, tmp_path)
    assert not list(tmp_path.glob("*.wppiece"))
    assert circle.owner.trusted.given().pieces == ()


def test_the_owner_sees_who_holds_which_piece(circle, tmp_path: Path) -> None:
    give_and_keep(circle, tmp_path / "out")
    given = circle.owner.trusted.given()
    assert [(p.number, p.display_name) for p in given.pieces] == [(1, "Jo Carter"), (2, "Sam Lee"), (3, "Ash")]
    assert "words" not in json.dumps(every_row(circle.owner), default=str)
    for words in (circle.holders[0].trusted.held_piece_words(circle.holders[0].trusted.held_pieces()[0].id),):
        assert words not in json.dumps(every_row(circle.owner), default=str)


def test_the_holder_keeps_the_piece_and_says_whose_it_is(circle, tmp_path: Path) -> None:
    words = give_and_keep(circle, tmp_path / "out")
    for number, holder in enumerate(circle.holders, 1):
        [held] = holder.trusted.held_pieces()
        assert held.owner.display_name == "Sky" and held.number == number
        assert held.owner.fingerprint == circle.owner.people.own_card().fingerprint
        assert pieces.read_piece(words[number - 1]).number == number
    # A piece file for Jo does not open for Sam.
    out = tmp_path / "out"
    jo_file = next(out.glob("piece-for-jo*"))
    before = every_row(circle.holders[1])
    with pytest.raises(BundleNotForYou):
        circle.holders[1].trusted.import_piece(jo_file)
    assert every_row(circle.holders[1]) == before
    # An older piece does not replace a newer one.
    give_and_keep(circle, tmp_path / "newer")
    with pytest.raises(BundleReplaced):
        circle.holders[0].trusted.import_piece(jo_file)


def _forged(circle, tmp_path: Path, **changes) -> Path:
    """A piece file for Jo, signed by Sky's real key, with ``changes`` made to its JSON."""
    owner = circle.owner
    from passport.exchange import identity

    own = identity.of(owner.vault)
    jo = circle.holders[0].people.own_card()
    body = PieceBody(id="a" * 32, owner=own.card(owner.vault.kind), holder=jo.fingerprint,
                     created=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), number=1, words=pieces.new_set().pieces[0])
    data = json.loads(signed_bytes(body, own.sign))
    for key, value in changes.items():
        data["piece"][key] = value
    path = tmp_path / "forged.wppiece"
    write_piece(path, json.dumps(data).encode(), jo.age_recipient)
    return path


@pytest.mark.parametrize(("changes", "error"), [
    ({}, None),
    ({"number": 3}, BundleSignatureInvalid),
    ({"words": "academic " * 19 + "acid"}, BundleSignatureInvalid),
])
def test_a_tampered_piece_file_is_refused(circle, tmp_path: Path, changes, error) -> None:
    path = _forged(circle, tmp_path, **changes)
    jo = circle.holders[0]
    if error is None:
        jo.trusted.import_piece(path)
        return
    before = every_row(jo)
    with pytest.raises(error):
        jo.trusted.import_piece(path)
    assert every_row(jo) == before


def test_hostile_piece_files_are_refused_plainly(circle, tmp_path: Path) -> None:
    give_and_keep(circle, tmp_path / "out")
    jo = circle.holders[0]
    real = next((tmp_path / "out").glob("piece-for-jo*")).read_bytes()
    jo_card = jo.people.own_card()
    hostile = {
        "empty": b"",
        "cut": real[: len(real) // 2],
        "flipped": real[:-5] + bytes([real[-5] ^ 1]) + real[-4:],
        "huge": b"x" * (1024 * 1024),
        "not json": b"hello",
        "array": b"[]",
        "no signature": json.dumps({"piece": {"format": "wellbeing-passport-piece", "version": 1}}).encode(),
        "newer": json.dumps({"piece": {"format": "wellbeing-passport-piece", "version": 2}}).encode(),
        "deep": b"[" * 100_000,
    }
    before = every_row(jo)
    for name, data in hostile.items():
        path = tmp_path / f"{name}.wppiece"
        if name in ("empty", "cut", "flipped", "huge"):
            path.write_bytes(data)
        else:
            write_piece(path, data, jo_card.age_recipient)
        with pytest.raises(BundleError) as refused:
            jo.trusted.import_piece(path)
        assert type(refused.value) in (BundleDamaged, BundleTooLarge, BundleUnsigned, BundleVersionUnsupported), name
        assert every_row(jo) == before, name
    with pytest.raises(NotARegularFile):
        jo.trusted.import_piece(tmp_path)


def test_each_reason_has_its_own_sentence() -> None:
    from passport import errors
    from passport.sentences import sentence_for

    refusals = [errors.NotEnoughPieces("x"), errors.PieceRepeated("x"), errors.PiecesReplaced("x"),
                errors.PieceForeign("x"), errors.NoTrustedPeople("x"), errors.WrongSecret("x"),
                *(errors.PieceMalformed("x", reason, "zebraa") for reason in ("empty", "length", "word", "checksum"))]
    said = [sentence_for(exc) for exc in refusals]
    assert len(set(said)) == len(said)
    assert "zebraa" in said[-2]
    assert sentence_for(BundleNotForYou("x"), "piece") != sentence_for(BundleNotForYou("x"))
