"""The faster part-of-speech decoding gives jieba's own result, so entities and titles are unchanged."""

from __future__ import annotations

import random
import re
from pathlib import Path

from timeline.events import entities
from timeline.textprep import prepare

ROOT = Path(__file__).resolve().parent.parent


def _original():
    entities._tagger()
    import jieba.posseg

    assert jieba.posseg.viterbi is entities._viterbi
    return entities._ORIGINAL_VITERBI[0], (
        jieba.posseg.char_state_tab_P,
        jieba.posseg.start_P,
        jieba.posseg.trans_P,
        jieba.posseg.emit_P,
    )


def _runs() -> list[str]:
    """The character runs jieba decodes with its HMM in the seeds and fixture articles."""
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / "data" / "merge").glob("*.txt"))
    ]
    runs = set()
    for text in texts:
        runs.update(re.findall(r"[\u4e00-\u9fff]{2,8}", prepare(text).text))
    return sorted(runs)


def test_decoder_gives_jiebas_result_on_real_runs():
    original, tables = _original()
    for run in _runs()[:4000]:
        prob, route = original(run, *tables)
        assert entities._viterbi(run, *tables) == (prob, tuple(route)), run


def test_decoder_gives_jiebas_result_on_random_strings():
    original, tables = _original()
    rng = random.Random(11)
    alphabet = "".join(sorted(set("".join(_runs()[:500])))) + "ab1２，。·"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        prob, route = original(text, *tables)
        assert entities._viterbi(text, *tables) == (prob, tuple(route)), text
