"""Sentence units: what the anchoring step cuts a document into, checked as properties."""

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events.anchor import _sentence_units

TEXT = st.text(alphabet=list("我们在北京开会。！？!?”」)）(（ \n\r\t　"), max_size=80)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.lists(st.tuples(st.integers(0, 80), st.integers(0, 12)), max_size=3))
def test_units_cover_the_text_outside_noise_and_never_cross_a_break(text, raw_noise):
    noise = [(start, min(len(text), start + length)) for start, length in raw_noise if start < len(text)]
    units = _sentence_units(text, noise, [])
    covered = set()
    for start, end in units:
        assert start < end and not text[start].isspace() and not text[end - 1].isspace()
        piece = text[start:end]
        assert "\n" not in piece and "\r" not in piece
        assert not any(a < b and start < b and a < end for a, b in noise), "a unit crosses noise"
        # a unit ends at its first end mark (and the closers after it), never holds a second sentence
        marks = [i for i, char in enumerate(piece) if char in "。！？!?"]
        if marks:
            assert all(char in "。！？!?”」)）" for char in piece[marks[0] :])
        covered.update(range(start, end))
    in_noise = {i for a, b in noise for i in range(a, b)}
    for i, char in enumerate(text):
        if not char.isspace() and i not in in_noise:
            assert i in covered, f"character {i} ({char!r}) is in no unit"
