"""A bounded memo for pure functions of one sentence's text (speed).

News text repeats sentences (wire copies, boilerplate, a headline restated in the body), and the
vocabulary and temporal scans depend on nothing but their arguments, so a sentence seen before is
answered from memory. The memo keeps at most ``size`` entries (the oldest goes first) and never
holds a text longer than ``max_chars``, so memory stays bounded whatever the input.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps

_MEMORIES: list[dict] = []


def clear_all() -> None:
    """Forget every remembered answer (tests compare a cold and a warm run)."""
    for memory in _MEMORIES:
        memory.clear()


def text_memo(size: int = 8192, max_chars: int = 2000) -> Callable:
    """Decorator: remember ``func(text, *args)`` for texts of at most ``max_chars`` characters.

    The wrapped function must return a value that callers never change (tuples, frozen records).
    """

    def decorate(func: Callable) -> Callable:
        memory: dict[Hashable, object] = {}
        _MEMORIES.append(memory)

        @wraps(func)
        def wrapper(text: str, *args):
            if len(text) > max_chars:
                return func(text, *args)
            key = (text, *args)
            value = memory.get(key, memory)
            if value is memory:
                value = func(text, *args)
                if len(memory) >= size:
                    del memory[next(iter(memory))]
                memory[key] = value
            return value

        wrapper.cache_clear = memory.clear  # type: ignore[attr-defined]
        return wrapper

    return decorate
