"""The bounded LRU map the compiled read path keeps its plans, statements and known answers in (`app.compiled.lru`)."""

from __future__ import annotations

import pytest

from app.compiled.lru import Lru


def test_past_its_size_the_least_recently_used_entry_goes() -> None:
    # given a map of two, whose older entry is read again
    kept: Lru[str, int] = Lru(2)
    kept.put("a", 1)
    kept.put("b", 2)
    assert kept.get("a") == 1

    # when a third comes
    kept.put("c", 3)

    # then the one not used since goes, the others stay
    assert len(kept) == 2
    assert ("a" in kept, "b" in kept, "c" in kept) == (True, False, True)
    assert kept.get("b") is None


def test_putting_a_key_again_replaces_its_value_and_makes_it_the_most_recent() -> None:
    # given a map of two, full
    kept: Lru[str, int] = Lru(2)
    kept.put("a", 1)
    kept.put("b", 2)

    # when the older key is put again, then a third comes
    kept.put("a", 10)
    kept.put("c", 3)

    # then the key put again stays with its new value
    assert (kept.get("a"), kept.get("b"), kept.get("c")) == (10, None, 3)


def test_asking_whether_a_key_is_kept_does_not_count_as_a_use() -> None:
    # given a set of two keys, the older one asked about
    seen: Lru[str, None] = Lru(2)
    seen.put("a", None)
    seen.put("b", None)
    assert "a" in seen

    # when a third comes
    seen.put("c", None)

    # then the older one went all the same
    assert ("a" in seen, "b" in seen, "c" in seen) == (False, True, True)


def test_a_discarded_key_is_gone_and_discarding_a_missing_one_changes_nothing() -> None:
    # given a map with one entry
    kept: Lru[str, int] = Lru(2)
    kept.put("a", 1)

    # when it and a key never put are discarded
    kept.discard("a")
    kept.discard("never")

    # then the map is empty
    assert len(kept) == 0 and kept.get("a") is None


def test_a_map_that_could_keep_nothing_is_refused() -> None:
    # when a map of size 0 is made, then it is refused with the reason
    with pytest.raises(ValueError, match="at least one entry"):
        Lru[str, int](0)
