"""Outputs are written whole or not at all."""

from __future__ import annotations

import pytest

from kg.io import atomic_open, atomic_write, write_outputs


def test_io_atomic_write_replaces(tmp_path):
    p = tmp_path / "a.txt"
    atomic_write(p, "旧")
    atomic_write(p, "新")
    assert p.read_text(encoding="utf-8") == "新"
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]


def test_io_failure_keeps_the_old_file(tmp_path):
    p = tmp_path / "a.txt"
    atomic_write(p, "旧")
    with pytest.raises(RuntimeError), atomic_open(p) as f:
        f.write("半")
        raise RuntimeError("boom")
    assert p.read_text(encoding="utf-8") == "旧"
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]


def test_io_several_outputs_all_or_nothing(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "sub" / "b.txt"
    write_outputs({a: "一", b: b"two"})
    assert a.read_text(encoding="utf-8") == "一" and b.read_bytes() == b"two"
    assert oct(a.stat().st_mode & 0o777) != "0o600"
