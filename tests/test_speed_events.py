"""The events stage's shortcuts give what the plain computation gives (no timing here)."""

from __future__ import annotations

import marshal

from timeline.events import entities, merge, titles
from timeline.textprep import prepare

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
