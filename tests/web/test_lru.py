"""The web app's one LRU cache: order of forgetting, building, counting, threads."""

from __future__ import annotations

import threading

import pytest

from web.lru import LRU


def test_forgets_the_least_recently_used():
    lru: LRU[str, int] = LRU(2)
    lru["a"], lru["b"] = 1, 2
    assert lru.get("a") == 1  # "a" is now the most recently used
    lru["c"] = 3
    assert lru.get("b") is None and lru.get("a") == 1 and len(lru) == 2
    assert list(lru) == ["c", "a"]  # iteration: least recently used first


def test_writing_a_key_again_refreshes_it():
    lru: LRU[str, int] = LRU(2)
    lru["a"], lru["b"] = 1, 2
    lru["a"] = 10
    lru["c"] = 3
    assert dict(lru.items()) == {"a": 10, "c": 3}


def test_get_or_build_builds_once_and_counts():
    lru: LRU[str, str] = LRU(4)
    built: list[str] = []

    def build() -> str:
        built.append("x")
        return "value"

    assert lru.get_or_build("k", build) == "value"
    assert lru.get_or_build("k", build) == "value"
    assert built == ["x"] and (lru.hits, lru.misses) == (1, 1)


def test_a_failed_build_stores_nothing():
    lru: LRU[str, str] = LRU(4)

    def broken() -> str:
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError):
        lru.get_or_build("k", broken)
    assert "k" not in lru and len(lru) == 0


def test_delete_and_missing_keys():
    lru: LRU[str, int] = LRU(2)
    lru["a"] = 1
    del lru["a"]
    with pytest.raises(KeyError):
        lru["a"]
    assert lru.pop("a", None) is None


@pytest.mark.parametrize("size", [0, -1])
def test_a_size_below_one_is_refused(size):
    with pytest.raises(ValueError, match="one entry"):
        LRU(size)


def test_threads_share_it_safely():
    lru: LRU[int, int] = LRU(50)
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(2000):
                key = (i * 7 + offset) % 120
                lru[key] = key
                value = lru.get((key + 3) % 120)
                assert value is None or value == (key + 3) % 120
                list(lru)
        except BaseException as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(lru) == 50
    assert all(lru[k] == k for k in list(lru))
