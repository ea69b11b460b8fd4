"""The encrypted store on disk: nothing readable, private modes, integrity, versions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from passport.content.sections import STARTER_SECTIONS
from passport.errors import (
    DeleteNeedsSecret,
    InvalidValue,
    ProfileExists,
    ProfileLocked,
    ProfileNotFound,
    RecoveryCodeNeeded,
    UnsupportedVersion,
    WrongSecret,
)
from passport.models import ProfileKind
from passport.profile import Profile
from passport.store import profiles
from passport.store.database import Store
from passport.store.migrations import LATEST
from tests.helpers import CANARY, FAST_KDF, PASSPHRASE, add_entry, files_under, png_bytes


def test_database_is_not_plain_sqlite_and_hides_a_canary(profile: Profile) -> None:
    entry_id = add_entry(profile, f"Title {CANARY}", f"Body with {CANARY} inside")
    profile.add_attachment(entry_id, f"{CANARY}.png", png_bytes() + CANARY.encode())
    profile.update_entry(entry_id, profile.entry(entry_id).content.model_copy(update={"body": CANARY * 3}))
    assert not profile.folder.db_path.read_bytes().startswith(b"SQLite format 3")
    for variant in (CANARY.encode(), CANARY.encode("utf-16-le"), CANARY.lower().encode()):
        for path in files_under(profile.folder.path):
            assert variant not in path.read_bytes(), f"canary found in {path.name}"


def test_profile_files_are_private(profile: Profile, data_dir: Path) -> None:
    add_entry(profile, "Something")
    assert stat.S_IMODE(os.stat(profile.folder.path).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    for path in files_under(profile.folder.path):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path.name


def test_listing_shows_labels_only(data_dir: Path) -> None:
    for label in ("Sky", "blue notebook", "Maths revision"):
        Profile.create(data_dir, ProfileKind.YOUNG_PERSON, label, PASSPHRASE, kdf=FAST_KDF)[0].lock()
    assert [p.label for p in profiles.list_profiles(data_dir)] == ["blue notebook", "Maths revision", "Sky"]
    # The label file is the only readable thing: no kind, no dates, no names.
    label_file = profiles.find_profile(data_dir, "SKY").path / profiles.LABEL_FILE
    assert b"young_person" not in label_file.read_bytes()
    with pytest.raises(ProfileNotFound):
        profiles.find_profile(data_dir, "Nobody")


def test_labels_must_be_unique_and_sensible(data_dir: Path, profile: Profile) -> None:
    with pytest.raises(ProfileExists):
        Profile.create(data_dir, ProfileKind.CARER, " sky ", PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(InvalidValue):
        Profile.create(data_dir, ProfileKind.CARER, "   ", PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(InvalidValue):
        Profile.create(data_dir, ProfileKind.CARER, "Home", "short", kdf=FAST_KDF)
    # A refused profile leaves nothing behind.
    assert [p.label for p in profiles.list_profiles(data_dir)] == ["Sky"]


def test_rename_changes_the_launcher_label(profile: Profile, data_dir: Path) -> None:
    profile.rename("Football stuff")
    assert [p.label for p in profiles.list_profiles(data_dir)] == ["Football stuff"]
    assert profile.label == "Football stuff"


def test_data_dir_comes_from_flag_then_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(profiles.ENV_HOME, str(tmp_path / "env"))
    assert profiles.data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert profiles.data_dir() == tmp_path / "env"
    monkeypatch.delenv(profiles.ENV_HOME)
    assert profiles.data_dir().name == profiles.APP_FOLDER


def test_locked_profile_refuses_everything(profile: Profile) -> None:
    profile.lock()
    profile.lock()  # twice is fine
    assert profile.is_locked
    for call in (profile.entries, profile.sections, profile.check, lambda: profile.search("x")):
        with pytest.raises(ProfileLocked):
            call()


def test_integrity_check_passes_then_reports_a_flipped_byte(made_profile) -> None:
    profile, _code = made_profile
    for n in range(60):
        add_entry(profile, f"Entry {n}", "words " * 200)
    assert profile.check() == []
    profile.lock()
    db = profile.folder.db_path
    raw = bytearray(db.read_bytes())
    assert len(raw) >= 16384 * 3
    raw[len(raw) - 16384 + 100] ^= 0x20  # inside the last data page, not the first (the header)
    db.write_bytes(bytes(raw))
    reopened = Profile.open_with_passphrase(profile.folder, PASSPHRASE)
    try:
        assert reopened.check() != []
    finally:
        reopened.lock()


def test_store_pragmas_are_the_safe_ones(profile: Profile) -> None:
    with profile.vault.reading() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST


def test_schema_version_1_opens_and_upgrades(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "v1.db"
    old = Store(path, key, upgrade_to=1)
    with old.transaction() as conn:
        conn.execute("INSERT INTO profile_meta VALUES ('kind', 'young_person')")
        conn.execute("INSERT INTO sections (id, title, position) VALUES (1, 'About me', 0)")
        conn.execute(
            "INSERT INTO entries (id, section_id, title, body, created_at, updated_at, revision)"
            " VALUES ('e1', 1, 'Drawing', 'I draw dragons', '2025-01-01T00:00:00+00:00',"
            " '2025-01-01T00:00:00+00:00', 1)"
        )
    assert old.schema_version() == 1
    old.close()

    upgraded = Store(path, key)
    assert upgraded.schema_version() == LATEST
    with upgraded.reading() as conn:
        # Version 2 built the search index over entries written under version 1.
        hits = conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'dragons'").fetchall()
    assert len(hits) == 1
    assert upgraded.integrity_problems() == []
    upgraded.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    key = os.urandom(32)
    store = Store(tmp_path / "new.db", key)
    with store.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    store.close()
    with pytest.raises(UnsupportedVersion):
        Store(tmp_path / "new.db", key)


def test_new_databases_use_16k_pages_and_sqlcipher_default_ones_still_open(tmp_path: Path) -> None:
    import sqlcipher3

    key = os.urandom(32)
    store = Store(tmp_path / "new.db", key)
    with store.reading() as conn:
        assert int(conn.execute("PRAGMA page_size").fetchone()[0]) == 16384
        assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA256"
    store.close()

    # A database made with SQLCipher 4's defaults (as the first builds did).
    old = sqlcipher3.connect(str(tmp_path / "old.db"), isolation_level=None)
    old.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    old.execute("CREATE TABLE kept (words TEXT)")
    old.execute("INSERT INTO kept VALUES ('still here')")
    old.close()
    reopened = Store(tmp_path / "old.db", key, upgrade_to=0)
    with reopened.reading() as conn:
        assert int(conn.execute("PRAGMA page_size").fetchone()[0]) == 4096
        assert conn.execute("SELECT words FROM kept").fetchone()[0] == "still here"
    reopened.close()


def test_a_large_import_goes_back_to_the_write_ahead_log(profile: Profile) -> None:
    """Store.appending_transaction runs with the rollback journal; afterwards, committed or
    rolled back, the profile is on its write-ahead log again and can checkpoint it (even
    after an integrity check, which once made that first checkpoint refuse as "locked")."""
    with pytest.raises(RuntimeError), profile.vault.appending() as batch:
        batch.conn.execute("INSERT INTO unverified_spool (number, data) VALUES (2, x'00')")
        raise RuntimeError("the import failed part way")
    assert profile.check() == []
    with profile.vault.appending() as batch:
        conn = batch.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 3  # EXTRA: the journal's deletion is synced
        conn.execute("INSERT INTO unverified_spool (number, data) VALUES (1, x'00')")
    profile.vault.store().forget_deleted()
    with profile.vault.reading() as conn:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        sync = conn.execute("PRAGMA synchronous").fetchone()[0]
        numbers = [row[0] for row in conn.execute("SELECT number FROM unverified_spool")]
    assert (mode, sync, numbers) == ("wal", 2, [1])
    assert profile.check() == []


@pytest.mark.parametrize("kind", ["carer", "young_person"])
def test_a_carers_prompts_speak_about_the_young_person_after_upgrading(tmp_path: Path, kind: str) -> None:
    """Version 6 rewrites a carer's starter prompts ("What are you good at?" becomes "What
    are they good at?"), leaves one the carer wrote alone, and never touches a young person's."""
    key = os.urandom(32)
    path = tmp_path / "v5.db"
    old = Store(path, key, upgrade_to=5)
    with old.transaction() as conn:
        conn.execute("INSERT INTO profile_meta VALUES ('kind', ?)", (kind,))
        for position, starter in enumerate(STARTER_SECTIONS):
            conn.execute("INSERT INTO sections (key, title, prompt, position) VALUES (?, ?, ?, ?)",
                         (starter.key, starter.title, starter.prompt, position))
        conn.execute("UPDATE sections SET prompt = 'Their football, mostly' WHERE key = 'hopes'")
    old.close()

    upgraded = Store(path, key)
    with upgraded.reading() as conn:
        prompts = dict(conn.execute("SELECT key, prompt FROM sections").fetchall())
    upgraded.close()
    for starter in STARTER_SECTIONS:
        if starter.key == "hopes":
            assert prompts["hopes"] == "Their football, mostly"
        else:
            assert prompts[starter.key] == (starter.carer_prompt if kind == "carer" else starter.prompt)


def test_a_new_carer_profile_gets_the_carers_prompts(data_dir: Path) -> None:
    carer, _code = Profile.create(data_dir, ProfileKind.CARER, "Foster home", PASSPHRASE, kdf=FAST_KDF)
    try:
        prompts = {section.key: section.prompt for section in carer.sections()}
    finally:
        carer.lock()
    assert prompts == {starter.key: starter.carer_prompt for starter in STARTER_SECTIONS}
    assert prompts["strengths"] == "What are they good at? What do people like about them?"


def test_a_forgotten_passphrase_is_replaced_after_opening_with_the_recovery_code(made_profile) -> None:
    profile, old_code = made_profile
    add_entry(profile, "Still here")
    profile.lock()
    opened = Profile.open_with_recovery_code(profile.folder, old_code)
    try:
        assert opened.opened_with_recovery_code
        new_code = opened.reset_passphrase("a new walk by the sea", kdf=FAST_KDF)
        assert new_code != old_code
        assert not opened.opened_with_recovery_code, "once is enough: the next change needs the new passphrase"
        with pytest.raises(RecoveryCodeNeeded):
            opened.reset_passphrase("yet another long one", kdf=FAST_KDF)
    finally:
        opened.lock()
    for secret, opener in ((PASSPHRASE, Profile.open_with_passphrase),
                           (old_code, Profile.open_with_recovery_code)):
        with pytest.raises(WrongSecret):
            opener(profile.folder, secret)
    by_passphrase = Profile.open_with_passphrase(profile.folder, "a new walk by the sea")
    assert [e.title for e in by_passphrase.entries()] == ["Still here"]
    by_passphrase.lock()
    Profile.open_with_recovery_code(profile.folder, new_code).lock()


def test_only_the_recovery_code_allows_a_new_passphrase_without_the_old(made_profile) -> None:
    profile, _code = made_profile
    assert not profile.opened_with_recovery_code
    with pytest.raises(RecoveryCodeNeeded):
        profile.reset_passphrase("a new walk by the sea", kdf=FAST_KDF)
    profile.lock()
    again = Profile.open_with_passphrase(profile.folder, PASSPHRASE)
    try:
        assert not again.opened_with_recovery_code
        with pytest.raises(RecoveryCodeNeeded):
            again.reset_passphrase("a new walk by the sea", kdf=FAST_KDF)
    finally:
        again.lock()
    Profile.open_with_passphrase(profile.folder, PASSPHRASE).lock()


def test_a_new_passphrase_after_the_recovery_code_follows_the_usual_rules(made_profile) -> None:
    profile, code = made_profile
    profile.lock()
    opened = Profile.open_with_recovery_code(profile.folder, code)
    try:
        with pytest.raises(InvalidValue):
            opened.reset_passphrase("short", kdf=FAST_KDF)
        assert opened.opened_with_recovery_code, "a refused passphrase changes nothing"
    finally:
        opened.lock()
    Profile.open_with_passphrase(profile.folder, PASSPHRASE).lock()
    Profile.open_with_recovery_code(profile.folder, code).lock()


def test_removing_a_profile_erases_its_folder_and_leaves_the_others(data_dir: Path, made_profile) -> None:
    profile, _code = made_profile
    add_entry(profile, "Something")
    other, _ = Profile.create(data_dir, ProfileKind.CARER, "Helping", PASSPHRASE, kdf=FAST_KDF)
    other.lock()
    (profile.folder.key_path.with_name(profiles.KEY_FILE + ".previous")).write_bytes(b"an older key file")
    profile.lock()
    folder = profiles.find_profile(data_dir, "Sky")
    assert {p.name for p in folder.path.iterdir()} >= {profiles.DB_FILE, profiles.KEY_FILE, profiles.LABEL_FILE}
    profiles.remove_profile(folder, PASSPHRASE)
    assert not folder.path.exists()
    assert [p.label for p in profiles.list_profiles(data_dir)] == ["Helping"]
    Profile.open_with_passphrase(profiles.find_profile(data_dir, "Helping"), PASSPHRASE).lock()
    with pytest.raises(ProfileNotFound):
        profiles.remove_profile(folder, PASSPHRASE)


@pytest.mark.parametrize("wrong", ["Sky", "", "a long walk by the sea", "ABCD-EFGH", "Helping's passphrase"])
def test_removing_needs_its_passphrase_or_recovery_code_and_a_wrong_one_changes_nothing(
        data_dir: Path, made_profile, wrong: str) -> None:
    profile, code = made_profile
    other, other_code = Profile.create(data_dir, ProfileKind.CARER, "Helping", "Helping's passphrase", kdf=FAST_KDF)
    other.lock()
    profile.lock()
    folder = profiles.find_profile(data_dir, "Sky")
    before = {p.name: p.read_bytes() for p in folder.path.iterdir()}
    for not_its_own in (wrong, other_code):
        with pytest.raises(DeleteNeedsSecret):
            profiles.remove_profile(folder, not_its_own)
    assert {p.name: p.read_bytes() for p in folder.path.iterdir()} == before, "nothing changed"
    Profile.open_with_passphrase(folder, PASSPHRASE).lock()
    profiles.remove_profile(folder, code.lower().replace("-", " "))  # its recovery code, as typed loosely
    assert not folder.path.exists()
    assert [p.label for p in profiles.list_profiles(data_dir)] == ["Helping"]


def test_removing_refuses_a_folder_that_is_not_a_profile(tmp_path: Path, data_dir: Path, profile: Profile) -> None:
    ordinary = tmp_path / "Documents"
    ordinary.mkdir()
    (ordinary / "homework.txt").write_text("mine")
    (ordinary / profiles.KEY_FILE).write_text("{}")  # a key file's name alone does not make a profile
    with pytest.raises(ProfileNotFound):
        profiles.remove_profile(profiles.ProfileFolder(ordinary, "Documents"), PASSPHRASE)
    assert (ordinary / "homework.txt").read_text() == "mine"
    # Nor through a link to a real profile's folder.
    link = tmp_path / "link"
    link.symlink_to(profile.folder.path, target_is_directory=True)
    with pytest.raises(ProfileNotFound):
        profiles.remove_profile(profiles.ProfileFolder(link, profile.label), PASSPHRASE)
    assert profile.folder.key_path.exists()
    with pytest.raises(ProfileNotFound):
        profiles.remove_profile(profiles.ProfileFolder(data_dir / "gone", "Gone"), PASSPHRASE)
