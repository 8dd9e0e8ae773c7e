"""The events stage's shortcuts give what the plain computation gives (no timing here)."""

from __future__ import annotations

import marshal
from pathlib import Path

from timeline.events import anchor, entities, governing, merge, titles
from timeline.extract import extract_text
from timeline.textprep import prepare

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    "1月23日，武汉市新型冠状病毒感染的肺炎疫情防控指挥部发布通告，市民王小林说会配合。",
    "據香港電台報道，記者陳大文（原名陳文）15日在花蓮縣秀林鄉採訪時受傷。",
    "东方航空MU5735航班在广西藤县坠毁，机上132人。",
    "",
    "   ",
]


def test_find_entities_gives_each_call_its_own_dicts():
    first = entities.find_entities(SENTENCES[0])
    assert first
    first[0]["text"] = "changed"
    first.append({"text": "x"})
    again = entities.find_entities(SENTENCES[0])
    assert again == entities._find_entities(SENTENCES[0])
    assert again[0]["text"] != "changed"


def _reference_words(compare: str, aliases: dict[str, str] | None) -> list[str]:
    words = []
    compare = merge._PHRASE.sub(lambda match: " " + merge._SYNONYM_OF[match.group()] + " ", compare)
    for word in merge._tokenizer().cut(compare):
        word = word.strip()
        if not word or merge._PUNCT_OR_SPACE.match(word):
            continue
        for part in merge._WORD.findall(word):
            part = part.upper() if part.isascii() else merge._normal_word(part)
            if aliases:
                part = aliases.get(part, part)
            words.append(part)
    return words


def test_remembered_words_equal_the_plain_cut_with_and_without_aliases():
    aliases = {"陈文": "陈大文", "王小林": "王林"}
    for sentence in SENTENCES:
        compare = merge.compare_text({"mentions": [{"sentence": sentence}]})
        for given in (None, {}, aliases):
            words = merge._words(compare, given)
            assert words == _reference_words(compare, given)
            words.append("mutated")  # the remembered cut is not the caller's list
            assert merge._words(compare, given) == _reference_words(compare, given)


def test_word_weights_follow_the_rules_per_word():
    policy = merge.DEFAULT_POLICY
    table = {"5735": 12.0, "MU": 9.0, "地震": 6.0, "3": 5.0}
    assert merge._word_weight("5735", table, policy) == (False, 8.0, False)
    assert merge._word_weight("MU", table, policy) == (False, 4.0, False)
    assert merge._word_weight("地震", table, policy) == (False, 6.0, False)
    assert merge._word_weight("3", table, policy)[0] is True
    assert merge._word_weight("7.2", table, policy)[0] is True
    assert merge._word_weight("震", table, policy) == (False, policy.idf_unknown, True)


def _reference_without_pinyin(text: str) -> str:
    prepared = prepare(text)
    return "".join(text[i] for i in sorted(set(prepared.offsets[:-1])))


def test_without_pinyin_shortcut_equals_the_join():
    for text in [*SENTENCES, "產(chǎn)品", "ＡＢＣ　１２３", "a\u0301b", "\ufeff开头"]:
        assert titles._without_pinyin(text) == _reference_without_pinyin(text)


def test_remembered_titles_depend_on_the_spans():
    clause = "1月23日10时起，武汉全市城市公交、地铁、轮渡、长途客运暂停运营"
    plain = titles.title_of_clause(clause, 0, 5)
    with_clock = titles.title_of_clause(clause, 0, 5, [{"start": 105, "end": 108}], offset=100)
    assert plain == titles._title_of.__wrapped__(clause, 0, 5, ((0, 5),), titles.TITLE_LIMIT)
    assert with_clock == titles._title_of.__wrapped__(clause, 0, 5, ((0, 5), (5, 8)), titles.TITLE_LIMIT)


def test_whole_file_marshal_reads_what_marshal_reads(tmp_path):
    value = ({"武汉": 3, "武": 0, "a": 1}, 4)
    path = tmp_path / "cache"
    with path.open("wb") as handle:
        entities._WholeFileMarshal.dump(value, handle)
    with path.open("rb") as handle:
        assert entities._WholeFileMarshal.load(handle) == value
    with path.open("rb") as handle:
        assert marshal.load(handle) == value


def _reference_caption_spans(text: str, anchored: list[dict]) -> list[tuple[int, int]]:
    """`anchor._caption_spans` as it was, every bracket's partner looked for."""
    spans = []
    starts = {m["start"] for m in anchored}
    resume = 0
    for opening in anchor._OPENING.finditer(text):
        i = opening.start()
        if i < resume:
            continue
        end = anchor._matching_bracket(text, i)
        if end is None:
            continue
        inner_start = anchor._NOT_SPACE.search(text, i + 1, end)
        inner_start = inner_start.start() if inner_start else end
        if inner_start in starts and end - inner_start >= 10:
            spans.append((i + 1, end))
            resume = end + 1
    return spans


_CAPTION_TEXTS = [
    "（2月23日，医护人员在病房内查房。记者 张三 摄）市里当天开放了新的方舱医院。",
    "( 2月23日，志愿者在社区门口值守（右一）。 )他们从早上忙到晚上。",
    "（  ）2月23日，附近居民自发送来物资，（图）",
    "他说（今年2月23日才知道）这件事。（2月24日，工人在现场（左）清理。新华社发）",
    "（2月23日）太短（2月23日，",
]


def _documents() -> list[dict]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(ROOT.glob("seeds/*.txt"))]
    return [extract_text(text, ref="2020-02-25") for text in texts + _CAPTION_TEXTS]


def test_caption_spans_equal_the_search_of_every_bracket():
    found = 0
    for document in _documents():
        anchored = [m for m in document["mentions"] if m.get("anchor")]
        spans = anchor._caption_spans(document["text"], anchored)
        assert spans == _reference_caption_spans(document["text"], anchored)
        found += len(spans)
    assert found >= 3


def test_context_lends_no_date_where_it_may_not():
    # `document_events` passes over the undated clauses of a unit where `may_lend` is false: it
    # relies on `mention_for` giving None for every clause there.
    refused = lent = 0
    for document in _documents():
        text = document["text"]
        context = governing.Context(text, document.get("published") or "2020-02-25")
        for start, end in anchor._sentence_units(text, [], []):
            context.enter(start, end)
            pieces = [text[start:end], *text[start:end].split("，")]
            if context.may_lend():
                lent += 1
                continue
            refused += 1
            assert all(context.mention_for(piece, start) is None for piece in pieces)
    assert refused and lent


def test_occurrences_are_the_starts_of_a_literal_search():
    import re

    for word, text in [("武汉", "武汉市武汉武汉"), ("aa", "aaaaa"), ("市", "没有"), ("", "ab"), ("a.b", "a.b axb a.b")]:
        expected = [match.start() for match in re.finditer(re.escape(word), text)]
        assert list(merge._occurrences(word, text)) == expected


def test_aliased_words_map_only_when_an_alias_is_named():
    words = ("查良镛", "在", "香港")
    assert merge._aliased(words, {"查良镛": "金庸"}) == ["金庸", "在", "香港"]
    assert merge._aliased(words, {"陈文": "陈大文"}) == list(words)
    assert merge._aliased(words, {}) == list(words)
