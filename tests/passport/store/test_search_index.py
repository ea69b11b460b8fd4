"""The search index's prefix lists (issue 15): made for new stores, and for older ones on upgrade.

A store from before them is upgraded in place: its index is made again from its entries, so
every entry is still found by a word's first letter, its first two, or the whole word, and an
erased entry leaves nothing in the index.
"""

from __future__ import annotations

from passport.profile import Profile
from tests.helpers import PASSPHRASE, add_entry

PREFIX_MIGRATION = 15  # the migration that made the prefix lists
OLD_INDEX = """
CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, body, content='entries', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
)"""


def _index_sql(profile: Profile) -> str:
    with profile.vault.reading() as conn:
        return str(conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries_fts'").fetchone()[0])


def _found(profile: Profile, text: str) -> set[str]:
    return {hit.entry.id for hit in profile.search(text)}


def test_a_new_store_has_the_prefix_lists(profile: Profile) -> None:
    assert "prefix='1 2'" in _index_sql(profile)


def test_an_older_index_is_made_again_with_every_entry_in_it(made_profile) -> None:
    profile, _code = made_profile
    nan = add_entry(profile, "My nan", "Sundays at hers, biscuits and football on the telly")
    swim = add_entry(profile, "Swimming", "Tuesdays at the pool")
    with profile.vault.writing() as conn:  # the store as an older version left it
        conn.execute("DROP TABLE entries_fts")
        conn.execute(OLD_INDEX)
        conn.execute("INSERT INTO entries_fts(entries_fts) VALUES('rebuild')")
        # The migrations after the prefix lists' are undone too, so each runs again on its own terms.
        conn.execute("ALTER TABLE contacts DROP COLUMN signature")  # migration 16
        conn.execute(f"PRAGMA user_version = {PREFIX_MIGRATION - 1}")
    folder = profile.folder
    profile.lock()

    upgraded = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert "prefix='1 2'" in _index_sql(upgraded)
        assert _found(upgraded, "s") == {nan, swim}
        assert _found(upgraded, "sw") == {swim}
        assert _found(upgraded, "football") == {nan}
        assert _found(upgraded, "f") == {nan}
        upgraded.erase_entry(nan)
        assert _found(upgraded, "s") == {swim}
        assert _found(upgraded, "f") == set()
        later = add_entry(upgraded, "Football", "Saturday morning")
        assert _found(upgraded, "fo") == {later}
        assert upgraded.check() == []
    finally:
        upgraded.lock()
