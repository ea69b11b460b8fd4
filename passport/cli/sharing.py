"""The sharing commands of the ``passport`` command line: cards, contacts, shares,
withdrawals, and opening bundles (practitioner).

``passport.cli.main`` adds them with ``cli_sharing.register(commands)``. Failures are told
in one plain line on stderr, like every other command.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from passport import errors
from passport.cli import common as cli
from passport.cli import records as cli_records
from passport.cli import replies as cli_replies
from passport.cli.boundaries import boundaries_lines
from passport.exchange import contacts, received, sharing, suggestions
from passport.exchange.senders import KnownSender, SenderState
from passport.fileio import write_private
from passport.formats.bundle_format import SuggestionOutcome
from passport.formats.cards import format_fingerprint
from passport.models import ProfileKind
from passport.profile import Profile

Command = Callable[[argparse.Namespace], int]

def _plain_errors(command: Command) -> Command:
    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except errors.InvalidValue as exc:
            if str(exc) == "a card needs a name":
                raise cli.CliError("Your card needs a name first: passport card export --name NAME.") from exc
            raise

    return run


@contextlib.contextmanager
def _opened(args: argparse.Namespace, kind: ProfileKind | None = None) -> Iterator[Profile]:
    with cli.opened(args) as profile:
        if kind is not None and profile.kind is not kind:
            raise cli.CliError("Only a practitioner's profile opens shared files.")
        yield profile


def _read_text(path: str, what: str) -> str:
    return cli.read_text_file(path, what)


# Every piece of outside or typed text printed below goes through it (issue 13).
shown = cli.shown


# --- cards and contacts ----------------------------------------------------------------


@_plain_errors
def cmd_card_export(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        card = profile.people.export_card(Path(args.out), args.name, args.role, args.organisation).subject
    print(f"Saved the card of {shown(card.display_name)}.")
    print(f"Fingerprint: {format_fingerprint(card.fingerprint)}")
    return 0


@_plain_errors
def cmd_contact_add(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        contact = profile.people.import_card(Path(args.file)).subject
        if args.checked:
            contact = profile.people.mark_checked(contact.id).subject
    print(f"Added {shown(contact.display_name)}.")
    print(f"Fingerprint: {format_fingerprint(contact.card.fingerprint)}")
    if not contact.checked:
        print("Read the fingerprint aloud with them; if it matches, run: passport contact check NAME")
    return 0


@_plain_errors
def cmd_contact_check(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        contact = profile.people.mark_checked(profile.people.find(args.name).id).subject
    print(f"Marked the card of {shown(contact.display_name)} as checked.")
    return 0


@_plain_errors
def cmd_contact_list(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        people = profile.people.contacts()
    for contact in people:
        card = contact.card
        about = ", ".join(part for part in (card.role, card.organisation) if part)
        checked = "checked" if contact.checked else "not checked yet"
        print(f"{shown(card.display_name)}" + (f" ({shown(about)})" if about else "") + f" - {checked}")
        print(f"    {format_fingerprint(card.fingerprint)}")
    return 0


# --- shares and withdrawals ---------------------------------------------------------------


def _end_date(text: str) -> dt.datetime:
    try:
        return sharing.end_of_day(dt.date.fromisoformat(text))
    except ValueError as exc:
        raise cli.CliError("Give the end date as YYYY-MM-DD.") from exc


@_plain_errors
def cmd_share(args: argparse.Namespace) -> int:
    expires = _end_date(args.expires)
    with _opened(args) as profile:
        if args.passphrase_out:
            to: contacts.Contact | sharing.PassphraseRecipient = sharing.PassphraseRecipient(name=args.to)
        else:
            to = profile.people.find(args.to)
        share = profile.sharing.make_share(args.entry, to, expires, args.purpose, Path(args.out),
                                           records=args.records, with_boundaries=args.boundaries).subject
    print(share.id)
    if share.passphrase is not None:
        write_private(Path(args.passphrase_out), (share.passphrase + "\n").encode("utf-8"))
        print(f"Tell {shown(share.recipient_name)} the passphrase by voice; it is in {shown(args.passphrase_out)}.")
    return 0


@_plain_errors
def cmd_shared(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        history = profile.sharing.share_history()
    for share in history:
        opened = f"  opened {share.opened_at.astimezone():%Y-%m-%d}" if share.opened_at else ""
        records = "  may go in their records" if share.records_allowed else ""
        print(f"{share.id}  {shown(share.recipient_name)}  {share.created:%Y-%m-%d}"
              f"  until {sharing.last_day(share.expires)}  {share.state.value}  {len(share.entries)} entries{opened}"
              f"{records}")
    return 0


@_plain_errors
def cmd_withdraw(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        share = profile.sharing.make_withdrawal(args.share_id, Path(args.out)).subject
    print(f"Made a withdrawal for the share with {shown(share.recipient_name)}. Give them {shown(args.out)}.")
    return 0


# --- the practitioner's side --------------------------------------------------------------


@_plain_errors
def cmd_open(args: argparse.Namespace) -> int:
    passphrase = _read_text(args.bundle_passphrase_file, "passphrase") if args.bundle_passphrase_file else None
    with _opened(args, ProfileKind.PRACTITIONER) as profile:
        profile.received.purge_expired()
        result = profile.received.open_bundle(Path(args.file), passphrase).subject
        known = profile.received.sender(result.sender.fingerprint) if isinstance(result, received.ReceivedBundle) \
            else None
    if isinstance(result, received.ReceivedWithdrawal):
        removed = "It was deleted here." if result.removed else "You had not opened it here."
        print(f"{shown(result.sender.display_name)} withdrew what they shared. {removed}")
        return 0
    if isinstance(result, received.HeldShare):
        _print_held(result)
        raise cli.CliError(f"Held, not opened: someone you already know is called {shown(result.sender.display_name)}, "
                           "but this file was signed by a different card.")
    assert known is not None
    _print_header(result, known)
    return 0


def _day(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d}"


def sender_status(known: KnownSender) -> str:
    """What was really checked: the file and the card that signed it, never who holds the card."""
    checked = (f"checked in person on {_day(known.checked_at)}" if known.checked_at is not None
               else "not yet checked in person")
    return (f"This file is whole and signed by the card with numbers {format_fingerprint(known.fingerprint)}"
            f" - first seen on {_day(known.first_seen)}, {checked}.")


def _print_held(held: received.HeldShare) -> None:
    print(held.id)
    print(f"Held: this file says it is from {shown(held.sender.display_name)}, but it was signed by a card you "
          "have not seen before.")
    print(f"Numbers of this card:  {format_fingerprint(held.sender.fingerprint)}")
    for known in held.known:
        print(f"Numbers of the {shown(known.display_name)} you know (first seen on {_day(known.first_seen)}): "
              f"{format_fingerprint(known.fingerprint)}")
    print("Compare the numbers with the person in person. If this card really is someone else's, run: "
          "passport received accept-sender NUMBERS; to delete what it sent: passport received delete-held NUMBERS")


def _print_header(bundle: received.ReceivedBundle, known: KnownSender) -> None:
    sender = bundle.sender
    print(bundle.id)
    print(f"From: {shown(sender.display_name)} (the name on the card)")
    print(f"Fingerprint: {format_fingerprint(sender.fingerprint)}")
    print(f"Checked: {sender_status(known)}")
    print(f"Shared: {bundle.created:%Y-%m-%d}  Until: {sharing.last_day(bundle.expires)}")
    if bundle.purpose:
        print(f"Purpose: {shown(bundle.purpose)}")
    print(f"Entries: {len(bundle.entries)}  Attachments: {len(bundle.attachments)}")
    print("Records: they allow a copy in your records (passport received fhir ID --out F)" if bundle.records_allowed
          else "Records: read only, not for the record")


@_plain_errors
def cmd_received_list(args: argparse.Namespace) -> int:
    with _opened(args, ProfileKind.PRACTITIONER) as profile:
        profile.received.purge_expired()
        bundles = profile.received.received_bundles()
        held = profile.received.held_shares()
        states = {known.fingerprint: known.state for known in profile.received.senders()}
    for bundle in bundles:
        state = states.get(bundle.sender.fingerprint, SenderState.NEW).value
        print(f"{bundle.id}  {shown(bundle.sender.display_name)}  until {sharing.last_day(bundle.expires)}"
              f"  {len(bundle.entries)} entries  card {format_fingerprint(bundle.sender.fingerprint)}  {state}")
    if held:
        print()
        print("Held: in the name of someone you know, but signed by a different card (not opened):")
    for share in held:
        print(f"{share.id}  {shown(share.sender.display_name)}  until {sharing.last_day(share.expires)}"
              f"  card {format_fingerprint(share.sender.fingerprint)}  {SenderState.HELD.value}")
    return 0


@_plain_errors
def cmd_received_senders(args: argparse.Namespace) -> int:
    with _opened(args, ProfileKind.PRACTITIONER) as profile:
        known = profile.received.senders()
    for sender in known:
        print(f"{shown(sender.display_name)}  first seen {_day(sender.first_seen)}  {sender.state.value}")
        print(f"    {format_fingerprint(sender.fingerprint)}")
    return 0


@_plain_errors
def cmd_received_check_sender(args: argparse.Namespace) -> int:
    with _opened(args, ProfileKind.PRACTITIONER) as profile:
        known = profile.received.mark_sender_checked(" ".join(args.numbers)).subject
    print(f"Marked the card first seen as {shown(known.display_name)} as checked in person.")
    print(sender_status(known))
    return 0


@_plain_errors
def cmd_received_accept_sender(args: argparse.Namespace) -> int:
    with _opened(args, ProfileKind.PRACTITIONER) as profile:
        known = profile.received.accept_sender(" ".join(args.numbers)).subject
    print(f"Taken as a different person from the {shown(known.display_name)} you knew: what this card sent is listed "
          "as its own.")
    return 0


@_plain_errors
def cmd_received_delete_held(args: argparse.Namespace) -> int:
    with _opened(args, ProfileKind.PRACTITIONER) as profile:
        deleted = profile.received.delete_held(" ".join(args.numbers)).subject
    print(f"Deleted {len(deleted)} held file{'s' if len(deleted) != 1 else ''} and forgot the card that signed "
          f"{'them' if len(deleted) != 1 else 'it'}.")
    return 0


@_plain_errors
def cmd_received_show(args: argparse.Namespace) -> int:
    with _opened(args, ProfileKind.PRACTITIONER) as profile:
        profile.received.purge_expired()
        bundle = profile.received.received_bundle(args.id)
        known = profile.received.sender(bundle.sender.fingerprint)
    if bundle.boundaries is not None:  # before anything else, as the app shows them
        print("\n".join(boundaries_lines(bundle.boundaries)))
        print()
    _print_header(bundle, known)
    for entry in sorted(bundle.entries, key=lambda e: not e.important_now):
        print()
        print(("* " if entry.important_now else "") + f"{shown(entry.title)}  [{shown(entry.section_title)}]")
        if entry.body:
            print(shown(entry.body, lines=True))
        for attachment in bundle.attachments_of(entry.id):
            print(f"Attachment: {shown(attachment.name)} ({attachment.kind.value}, {attachment.size} bytes)")
    return 0


# --- suggestions (carer to young person) ---------------------------------------------------


@_plain_errors
def cmd_suggest(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        to = profile.people.find(args.to)
        sent = profile.suggestions.make_suggestion(args.entry, to, Path(args.out), args.note).subject
    count = len(sent.entry_ids)
    plural = "s" if count != 1 else ""
    print(f"Saved {count} suggestion{plural} for {shown(sent.recipient_name)}. Give them {shown(args.out)}.")
    return 0


def _print_suggestion(suggestion: suggestions.Suggestion) -> None:
    star = "* " if suggestion.important_now else ""
    print(f"{suggestion.id}  {star}{shown(suggestion.title)}  [{shown(suggestion.section_title)}]"
          f"  from {shown(suggestion.sender_name)}")


@_plain_errors
def cmd_suggestions_open(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        try:
            opened = profile.suggestions.open_suggestion(Path(args.file)).subject
        except errors.BundleUntrustedSender as exc:
            raise cli.CliError("This comes from someone you have not added. If you trust them, add their card "
                               "first (passport contact add), then open it again.") from exc
    print(f"From: {shown(opened.sender.display_name)}")
    print(f"Fingerprint: {format_fingerprint(opened.sender.fingerprint)}")
    if opened.note:
        print(f"Note: {shown(opened.note, lines=True)}")
    if not opened.suggestions:
        print("Nothing new: you have seen everything in this file before.")
    for suggestion in opened.suggestions:
        _print_suggestion(suggestion)
    print("Nothing is in your passport until you accept it: passport suggestions accept ID")
    return 0


@_plain_errors
def cmd_suggestions_list(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        waiting = profile.suggestions.pending_suggestions()
    for suggestion in waiting:
        _print_suggestion(suggestion)
    return 0


@_plain_errors
def cmd_suggestions_accept(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        entry = profile.suggestions.accept_suggestion(args.id).entry
    if entry is None:  # a taken suggestion always reports the entry it made
        raise RuntimeError("taking the suggestion reported no entry")
    print(entry.id)
    return 0


@_plain_errors
def cmd_suggestions_decline(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        profile.suggestions.decline_suggestion(args.id)
    print("Declined. It has been deleted.")
    return 0


# What an answer says of one suggestion, in words (an answer carries nothing else).
OUTCOME_WORDS = {
    SuggestionOutcome.ADDED: "added",
    SuggestionOutcome.ADDED_WITH_CHANGES: "added with changes",
    SuggestionOutcome.DECLINED: "declined",
    SuggestionOutcome.WAITING: "not decided yet",
}


@_plain_errors
def cmd_suggestions_answer(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        to = profile.people.find(args.to)
        answer = profile.suggestions.make_answer(to.id, Path(args.out)).subject
    counts = Counter(line.outcome for line in answer.lines)
    said = ", ".join(f"{counts[outcome]} {words}" for outcome, words in OUTCOME_WORDS.items() if counts[outcome])
    print(f"Saved an answer for {shown(answer.carer_name)}: {said}. It says only that, none of your words. "
          f"Give them {shown(args.out)}.")
    return 0


@_plain_errors
def cmd_suggestions_open_answer(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        try:
            opened = profile.suggestions.open_answer(Path(args.file)).subject
        except errors.ReceiptDoesNotMatch as exc:
            raise cli.CliError("This answer isn't about suggestions you sent to the person who signed it, "
                               "so nothing was changed.") from exc
        titles = {entry.id: entry.title for entry in profile.entries()}
        sent = [s for s in profile.suggestions.sent_suggestions() if s.bundle_id in opened.bundle_ids]
    print(f"{shown(opened.sender_name)} answered ({opened.recorded} new).")
    for one in sent:
        print(f"Sent {one.sent_at.astimezone():%Y-%m-%d}:")
        for entry_id in one.entry_ids:
            outcome = one.outcomes.get(entry_id)
            words = OUTCOME_WORDS[outcome] if outcome is not None else "no answer yet"
            print(f"  {shown(titles.get(entry_id, '(a draft since erased)'))}: {words}")
    return 0


# --- receipts ------------------------------------------------------------------------------


@_plain_errors
def cmd_receipt_make(args: argparse.Namespace) -> int:
    if not args.bundle or not args.out:
        raise cli.CliError("Say which shared file with --bundle ID and where to save with --out FILE.")
    with _opened(args, ProfileKind.PRACTITIONER) as profile:
        profile.received.make_receipt(args.bundle, Path(args.out))
    print(f"Saved a receipt. Give it to the person who shared with you: {shown(args.out)}.")
    return 0


@_plain_errors
def cmd_receipt_open(args: argparse.Namespace) -> int:
    with _opened(args) as profile:
        share = profile.sharing.open_receipt(Path(args.file)).subject
    assert share.opened_at is not None
    print(f"{shown(share.recipient_name)} opened what you shared on {share.opened_at.astimezone():%Y-%m-%d}.")
    return 0


# --- parser --------------------------------------------------------------------------


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the sharing commands to the ``passport`` command line."""
    card = commands.add_parser("card", help="your card, for others to share with you")
    card_actions = card.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = cli.with_secret(card_actions.add_parser("export", help="save your card to give to someone"))
    export.add_argument("--out", required=True, metavar="F")
    export.add_argument("--name", help="the name on your card")
    export.add_argument("--role")
    export.add_argument("--organisation")
    export.set_defaults(run=cmd_card_export)

    contact = commands.add_parser("contact", help="the people you share with")
    contact_actions = contact.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = cli.with_secret(contact_actions.add_parser("add", help="add someone's card"))
    add.add_argument("file")
    add.add_argument("--checked", action="store_true", help="you already compared the fingerprint with them")
    add.set_defaults(run=cmd_contact_add)
    check = cli.with_secret(contact_actions.add_parser("check", help="mark a card as checked"))
    check.add_argument("name")
    check.set_defaults(run=cmd_contact_check)
    cli.with_secret(contact_actions.add_parser("list", help="list your people")).set_defaults(run=cmd_contact_list)

    _register_share(commands)
    cli.with_secret(commands.add_parser("shared", help="what you shared, with whom")).set_defaults(run=cmd_shared)

    withdraw = cli.with_secret(commands.add_parser("withdraw", help="make a file that withdraws a share"))
    withdraw.add_argument("share_id")
    withdraw.add_argument("--out", required=True, metavar="F")
    withdraw.set_defaults(run=cmd_withdraw)

    opening = cli.with_secret(commands.add_parser("open", help="open a shared file (practitioner)"))
    opening.add_argument("file")
    opening.add_argument("--bundle-passphrase-file", metavar="F", help="the file's passphrase, if it has one")
    opening.set_defaults(run=cmd_open)

    kept = commands.add_parser("received", help="what was shared with you (practitioner)")
    kept_actions = kept.add_subparsers(dest="action", required=True, metavar="ACTION")
    cli.with_secret(kept_actions.add_parser("list", help="list shared files")).set_defaults(run=cmd_received_list)
    show = cli.with_secret(kept_actions.add_parser("show", help="show one shared file"))
    show.add_argument("id")
    show.set_defaults(run=cmd_received_show)
    cli.with_secret(kept_actions.add_parser("senders", help="every card a shared file came from")).set_defaults(
        run=cmd_received_senders)
    for name, run, about in (
        ("check-sender", cmd_received_check_sender, "mark a card as checked, after comparing its numbers in person"),
        ("accept-sender", cmd_received_accept_sender, "take a held card as a different person"),
        ("delete-held", cmd_received_delete_held, "delete what a held card sent, and forget the card"),
    ):
        action = cli.with_secret(kept_actions.add_parser(name, help=about))
        action.add_argument("numbers", nargs="+", metavar="NUMBERS", help="the card's numbers (at least 10 digits)")
        action.set_defaults(run=run)
    cli_records.register(kept_actions)
    cli_replies.register(commands, kept_actions)
    _register_suggestions_and_receipts(commands)


def _register_share(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    share = cli.with_secret(commands.add_parser("share", help="share entries with one person, until a date"))
    share.add_argument("--to", required=True, metavar="NAME")
    share.add_argument("--entry", required=True, action="append", metavar="ID", help="repeat for each entry")
    share.add_argument("--expires", required=True, metavar="DATE", help="the last day (YYYY-MM-DD)")
    share.add_argument("--out", required=True, metavar="F")
    share.add_argument("--purpose", default="", metavar="P")
    share.add_argument("--passphrase-out", metavar="F",
                       help="for someone without a card: protect with a passphrase, saved to F")
    share.add_argument("--records", action="store_true",
                       help="let them copy it into their records (a copy there stays after it ends or is withdrawn)")
    share.add_argument("--boundaries", action="store_true",
                       help="put your 'Call me', 'Please don't ask me about' and 'How to talk with me' first")
    share.set_defaults(run=cmd_share)


def _register_suggestions_and_receipts(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    suggest = cli.with_secret(commands.add_parser("suggest", help="send drafts to a young person (carer)"))
    suggest.add_argument("--to", required=True, metavar="NAME")
    suggest.add_argument("--entry", required=True, action="append", metavar="ID", help="repeat for each draft")
    suggest.add_argument("--out", required=True, metavar="F")
    suggest.add_argument("--note", default="", metavar="N")
    suggest.set_defaults(run=cmd_suggest)

    inbox = commands.add_parser("suggestions", help="suggestions from your people (young person)")
    inbox_actions = inbox.add_subparsers(dest="action", required=True, metavar="ACTION")
    opening = cli.with_secret(inbox_actions.add_parser("open", help="open a suggestion file"))
    opening.add_argument("file")
    opening.set_defaults(run=cmd_suggestions_open)
    cli.with_secret(inbox_actions.add_parser("list", help="list suggestions waiting for you")).set_defaults(
        run=cmd_suggestions_list)
    for name, run, about in (("accept", cmd_suggestions_accept, "add a suggestion to your passport"),
                             ("decline", cmd_suggestions_decline, "delete a suggestion for good")):
        action = cli.with_secret(inbox_actions.add_parser(name, help=about))
        action.add_argument("id")
        action.set_defaults(run=run)
    answer = cli.with_secret(inbox_actions.add_parser("answer", help="tell a carer what became of their suggestions"))
    answer.add_argument("--to", required=True, metavar="NAME")
    answer.add_argument("--out", required=True, metavar="F")
    answer.set_defaults(run=cmd_suggestions_answer)
    open_answer = cli.with_secret(inbox_actions.add_parser(
        "open-answer", help="open a young person's answer to your suggestions (carer)"))
    open_answer.add_argument("file")
    open_answer.set_defaults(run=cmd_suggestions_open_answer)

    # "passport receipt --bundle ID --out F" (practitioner) and "passport receipt open F".
    receipt = cli.with_secret(commands.add_parser("receipt", help="say you opened a shared file, or open such a note"))
    receipt.add_argument("--bundle", metavar="ID", help="the shared file you opened (practitioner)")
    receipt.add_argument("--out", metavar="F")
    receipt.set_defaults(run=cmd_receipt_make)
    receipt_actions = receipt.add_subparsers(dest="action", required=False, metavar="ACTION")
    opened = cli.with_secret(receipt_actions.add_parser("open", help="open a receipt (young person)"))
    opened.add_argument("file")
    opened.set_defaults(run=cmd_receipt_open)
