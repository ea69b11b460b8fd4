"""A share is made at the time its preview said (the preview said 00:18 and the practitioner saw
00:19): the sender may give that time; never one still to come, never one without a time zone."""

from __future__ import annotations

import datetime as dt

import pytest

from passport.clock import now
from passport.errors import InvalidValue
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import in_a_week


def test_the_file_and_the_record_say_the_time_given(profile: Profile, practitioner: Profile, sam, tmp_path) -> None:
    entry = add_entry(profile, "Music helps", "Loud, then calm.")
    previewed = now() - dt.timedelta(seconds=59, microseconds=123)
    change = profile.sharing.make_share([entry], sam, in_a_week(), "new school", tmp_path / "s.wpb",
                                        created=previewed)
    assert change.subject.created == previewed
    received = practitioner.received.open_bundle(tmp_path / "s.wpb").subject
    assert received.created == previewed
    assert practitioner.received.received_bundle(received.id).created == previewed


@pytest.mark.parametrize("created", [now() + dt.timedelta(hours=1), dt.datetime(2026, 1, 1, 12, 0)],
                         ids=["to_come", "no_time_zone"])
def test_a_time_to_come_or_without_a_zone_is_refused_and_nothing_is_kept(profile: Profile, sam, tmp_path,
                                                                        created: dt.datetime) -> None:
    entry = add_entry(profile, "Music helps", "")
    with pytest.raises(InvalidValue):
        profile.sharing.make_share([entry], sam, in_a_week(), "", tmp_path / "s.wpb", created=created)
    assert profile.sharing.share_history() == []
    assert not (tmp_path / "s.wpb").exists()
