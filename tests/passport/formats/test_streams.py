"""The streaming plumbing under sharing and backups: chunks in, a readable stream out."""

from __future__ import annotations

from passport.formats.streams import ChunkReader


def test_a_chunk_reader_gives_every_byte_once_in_order_whatever_the_read_sizes() -> None:
    chunks = [b"", b"abc", b"", b"defghij", b"k" * 20, b""]
    whole = b"".join(chunks)
    for size in (1, 2, 3, 7, 8, 64):
        reader = ChunkReader(iter(chunks))
        got = b""
        while piece := reader.read(size):
            assert len(piece) <= size
            got += piece
        assert got == whole, size
    assert ChunkReader(iter(chunks)).read() == whole


def test_a_whole_chunk_that_fits_is_handed_on_as_it_is_and_counted() -> None:
    """No copy of a chunk that fits (sharing 300 MB went through two more copies without
    this), and progress still counts every byte."""
    big = bytes(range(256)) * 4
    seen: list[tuple[int, int]] = []
    reader = ChunkReader(iter([big, b"tail"]), total=len(big) + 4,
                         progress=lambda done, total: seen.append((done, total)))
    first = reader.read(4096)
    assert first is big
    assert reader.read(2) == b"ta" and reader.read(4096) == b"il" and reader.read(4096) == b""
    assert seen[-1] == (len(big) + 4, len(big) + 4)
