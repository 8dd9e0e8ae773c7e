"""Reading the five seeds: titles, publication times, noise lines, the Document dict; HTML to text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import (
    DocumentError,
    clean_lines,
    document_from_text,
    find_publication,
    find_title,
    html_to_text,
    load_document,
)
from timeline.read.headline import clean_headline, find_heading
from timeline.textprep import prepare

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data" / "documents"


def seed_path(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def seed(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


# Checked by hand against the seed texts.
SEED_EXPECTATIONS = {
    "000": ("党旗在疫情防控第一线高高飘扬", "2020-03-04T13:56", "dateline", "hans"),
    "001": ("安阳:党员干部勇担当,抗疫一线党旗红", "2020-02-01T13:07", "dateline", "hans"),
    # The bracketed column name is dropped; there is no dateline (the `——2020年2月23日,…强调` line
    # attributes a quote); the latest date stated is 2月28日 of the year 2020 stated earlier.
    "002": ("关键时刻冲上去 危难关头豁出来", "2020-02-28", "inferred", "hans"),
    # The repeated caption is the subtitle of the real headline on the next line.
    "003": (
        "樹牢人民生命安全的主心骨——鄂州市黨旗領航奪取抗疫鬥爭勝利工作掠影",
        "2020-03-27",
        "byline",
        "hant",
    ),
    "004": (
        "共產黨員,用行動詮釋責任擔當——北京基層黨員書寫抗疫答卷紀實",
        "2020-07-16T08:13",
        "dateline",
        "hant",
    ),
}


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTATIONS))
def test_seed_documents(prefix):
    title, published, basis, script = SEED_EXPECTATIONS[prefix]
    path = seed_path(prefix)
    document = load_document(str(path), path.name)
    assert document["title"] == title
    assert (document["published"], document["published_basis"]) == (published, basis)
    assert document["script"] == script
    assert document["encoding"] == "utf-8"
    assert document["text"] == path.read_text(encoding="utf-8")
    assert document["chars"] == len(document["text"])
    assert document["id"] == path.name and document["path"] == str(path)
    json.dumps(document, ensure_ascii=False)  # JSON-ready


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTATIONS))
def test_title_is_never_a_noise_line(prefix):
    text = seed(prefix)
    clean = clean_lines(text)
    title = find_title(text, clean)
    position = text.find(title)
    if position < 0:  # seed 004: the title has pinyin in the text
        position = text.find("共產(chǎn)黨員,用行動")
    assert position >= 0
    assert not clean.is_noise(position)


def test_seed_004_title_drops_pinyin_keeps_traditional_script():
    text = seed("004")
    assert "共產(chǎn)黨員" in text
    title = find_title(text, clean_lines(text))
    assert "(" not in title and "產" in title and "产" not in title


def noise_lines(text: str) -> list[str]:
    clean = clean_lines(text)
    return [text[start:end].strip() for start, end in clean.noise_spans]


def test_seed_003_repeated_caption_is_noise_everywhere():
    text = seed("003")
    caption = "鄂州市黨旗領航奪取抗疫鬥爭勝利工作掠影"
    lines = noise_lines(text)
    occurrences = sum(1 for line in text.splitlines() if line.strip() == caption)
    assert occurrences >= 12
    assert lines.count(caption) == occurrences  # the first one too: the headline is the next line
    assert "分享到:" in lines and "相關文章:" in lines
    # Body text is not noise.
    clean = clean_lines(text)
    assert not clean.is_noise(text.index("草木蔓發"))
    assert not clean.is_noise(text.index("黨員生活網2020-03-27"))


def test_repeated_first_line_is_kept_when_it_is_the_headline():
    caption = "武汉市抗疫工作掠影"
    body = "武汉市各级党组织和广大党员闻令而动,在党旗下凝心,在党徽下聚力,以坚定的为民情怀逆行而上、冲锋陷阵。"
    text = f"{caption}\n\n{body}\n\n{caption}\n\n{body}二\n\n{caption}\n"
    clean = clean_lines(text)
    assert not clean.is_noise(0)
    assert clean.is_noise(text.index(caption, 1))
    assert find_title(text, clean) == caption


def test_seed_004_spam_and_banner_lines_are_noise():
    lines = noise_lines(seed("004"))
    assert lines[0].startswith("99在线免费观看,亚洲精品不卡在线")
    assert any(line.startswith("中國共產(chǎn)黨新聞網(wǎng)>>") for line in lines)
    assert "(責(zé)編:段晨茜、閆妍)" in lines
    assert "(本報記者 章正 張景華 董城)" in lines


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000", ["中国共产党新闻网>>“不忘初心、牢记使命”主题教育官方网站", "(责编:段晨茜、闫妍)"]),
        ("001", ["中共中央宣传部委托新华通讯社主办", "责任编辑:孔德明", "热门推荐", "来源:安阳日报-安阳网"]),
        ("002", ["相关专题:在习近平总书记重要讲话指引下", "广告", "评论", "编辑推荐"]),
    ],
)
def test_banners_and_page_furniture_are_noise(prefix, expected):
    lines = noise_lines(seed(prefix))
    for line in expected:
        assert line in lines


@pytest.mark.parametrize(
    "line",
    [
        "高雄海關今日宣布緝獲香菸2,100箱。照片／高雄海關提供",
        "(相关资料图)",
        "請繼續往下閱讀...",
        "更多太報報導",
        "我已年滿18歲進入",
        "警方昨晚拘捕2人。(港台圖片)",
        "首次上稿 09-28 22:58",
        "更新時間 09-29 06:21",
        "http://news.example.com",
    ],
)
def test_captions_reading_prompts_and_list_headers_are_noise(line):
    text = (
        "大桥今天通车\n"
        + line
        + "\n"
        + "市民一早赶来体验新桥,交通部门表示通车后两岸往来时间将缩短一半。\n" * 1
    )
    clean = clean_lines(text)
    assert clean.is_noise(text.index(line))
    assert not clean.is_noise(text.index("市民一早"))


def test_quote_attribution_and_body_lines_are_not_noise():
    text = seed("002")
    clean = clean_lines(text)
    assert not clean.is_noise(text.index("——2020年2月23日"))
    assert not clean.is_noise(text.index("一个党员一面旗"))


def test_date_heading_in_the_body_is_not_noise_but_the_dateline_is():
    paragraph = (
        "武汉市各级党组织和广大党员闻令而动,在党旗下凝心,在党徽下聚力,以坚定的为民情怀逆行而上、冲锋陷阵。"
    )
    text = (
        f"标题\n2020-01-20 10:00\n{paragraph}\n2020年1月23日\n{paragraph}\n2020年1月24日\n{paragraph}\n"
        + (f"{paragraph}\n" * 6)
    )
    clean = clean_lines(text)
    assert clean.is_noise(text.index("2020-01-20"))
    assert not clean.is_noise(text.index("2020年1月23日"))
    assert not clean.is_noise(text.index("2020年1月24日"))


def test_noise_spans_are_offsets_into_the_unchanged_text():
    text = seed("004")
    clean = clean_lines(text)
    assert clean.text is text
    for start, end in clean.noise_spans:
        assert 0 <= start < end <= len(text)
        assert "\n" not in text[start:end]
        assert clean.is_noise(start) and clean.is_noise(end - 1)
        assert not clean.is_noise(end)  # the line break after a noise line is not noise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("标题\n\n2020年03月04日13:56 来源:中国组织人事报\n\n正文", ("2020-03-04T13:56", "dateline")),
        ("标题\n2020-02-01 13:07\n来源:安阳日报\n正文", ("2020-02-01T13:07", "dateline")),
        ("标题\n2020-02-01\n正文", ("2020-02-01", "dateline")),
        ("标题\n2020年3月4日 星期三\n正文", ("2020-03-04", "dateline")),
        ("标题\n2020-03-04 13:56 人民网\n正文", ("2020-03-04T13:56", "dateline")),
        ("标题\n发布时间:2020-03-04 09:30\n正文", ("2020-03-04T09:30", "dateline")),
        ("标题\n２０２０年３月４日１３:５６\n正文", ("2020-03-04T13:56", "dateline")),  # full-width
        # Not a real date: no dateline, and nothing else either.
        ("标题\n2020-02-30 13:07\n正文", (None, "none")),
        ("标题\n正文写完了。(某某网 2020-04-09)\n", ("2020-04-09", "byline")),
        ("标题\n正文写完了。(通讯员塗劍,黨員生活網2020-03-27)", ("2020-03-27", "byline")),
        ("标题\n正文写完了。\n\n2020年4月9日\n", ("2020-04-09", "byline")),
        ("标题\n2020年1月23日,武汉封城。1月26日,…;2月3日,…。", ("2020-02-03", "inferred")),
        ("标题\n2019年12月,武汉出现病例。2020年1月23日武汉封城,1月26日…", ("2020-01-26", "inferred")),
        ("标题\n2020年2月3日开会,新规将于3月1日起施行。", ("2020-02-03", "inferred")),  # future skipped
        ("标题\n1月23日,武汉封城。", (None, "none")),  # no year anywhere
        (  # a target year is not a publication date, and does not give its year to month-days
            "标题\n2020年1月23日武汉封城。1月26日…。到2035年基本实现现代化,2035年12月31日前完成。2月1日…。",
            ("2020-02-01", "inferred"),
        ),
        ("", (None, "none")),
        (  # an update time under the headline, the first posting lower down (month-day only)
            "標題\n2025/09/29 06:21 即時新聞\n圖說\n首次上稿 09-28 22:58\n更新時間 09-29 06:21\n正文。",
            ("2025-09-28T22:58", "dateline"),
        ),
        (  # a first posting more than a week before the dateline is another story's
            "標題\n2025/09/29 06:21 即時新聞\n首次上稿 08-28 22:58\n正文。",
            ("2025-09-29T06:21", "dateline"),
        ),
        # a lunar day beside its solar date: the year in which they fall together
        ("标题\n截至2月21日(农历正月十二),搜索量大增。", ("2024-02-21", "inferred")),
        ("标题\n今天是农历戊戌狗年腊月三十,除夕。", ("2019-02-04", "inferred")),  # sexagenary year
        # the dates of a table's rows are a schedule, not the report's time
        (
            "常州端午龙舟比赛表\n第一段:端午节将至,各地龙舟队加紧训练,群众热情高涨,场面十分热闹。\n第二段:端午节将至,各地龙舟队加紧训练,群众热情高涨,场面十分热闹。\n第三段:端午节将至,各地龙舟队加紧训练,群众热情高涨,场面十分热闹。\n第四段:端午节将至,各地龙舟队加紧训练,群众热情高涨,场面十分热闹。\n第五段:端午节将至,各地龙舟队加紧训练,群众热情高涨,场面十分热闹。\n第六段:端午节将至,各地龙舟队加紧训练,群众热情高涨,场面十分热闹。\n第七段:端午节将至,各地龙舟队加紧训练,群众热情高涨,场面十分热闹。\n赛事 | 时间 | 地点 |\n"
            "龙舟邀请赛 | 2023年6月22日 | 金坛 |\n龙舟赛 | 2023年6月23日下午2:00 | 湾镇 |\n"
            "赛龙舟是端午节的传统习俗,各地群众踊跃参与,场面热闹。\n",
            (None, "none"),
        ),
        # a year written in brackets (今(2022)年) places the page; 今(23)日 is its day
        (
            "標題\n指揮中心今(23)日公布新增病例。\n入境日介於今(2022)年1月8日至1月22日。",
            ("2022-01-23", "inferred"),
        ),
        # a festival still to come next to a date (中秋又将来临…9月13日) says nothing of the year
        ("标题\n中秋佳节又将来临。9月13日下午,社区举办茶话会。", (None, "none")),
        (  # a mirror's stamp only bounds: the month-day falls on its last occurrence before it
            "标题\n发布时间:2024-12-01 00:17:19 来源: sp20241201\n截至2月21日,各地灯会游客大增。",
            ("2024-02-21", "inferred"),
        ),
    ],
)
def test_find_publication(text, expected):
    publication = find_publication(text, prepare(text))
    assert (publication.value, publication.basis) == expected


def test_document_from_text_ref_is_used_only_without_a_date_of_its_own():
    dated = "标题\n2020-02-01 13:07\n正文"
    undated = "标题\n1月23日,武汉封城。"
    document = document_from_text(dated, "a", "a.txt", "utf-8", ref="2024-01-01")
    assert (document["published"], document["published_basis"]) == ("2020-02-01T13:07", "dateline")
    document = document_from_text(undated, "b", "b.txt", "utf-8", ref="2024-01-01")
    assert (document["published"], document["published_basis"]) == ("2024-01-01", "given")
    document = document_from_text(undated, "b", "b.txt", "utf-8", ref="2024-01-01T08:30")
    assert document["published"] == "2024-01-01T08:30"
    document = document_from_text(undated, "b", "b.txt", "utf-8")
    assert (document["published"], document["published_basis"]) == (None, "none")
    with pytest.raises(ValueError):
        document_from_text(undated, "b", "b.txt", "utf-8", ref="last tuesday")


def test_crlf_and_cr_texts_give_the_same_results_with_offsets_into_the_text():
    text = seed("001")
    for newline in ("\r\n", "\r"):
        variant = text.replace("\n", newline)
        clean = clean_lines(variant)
        assert find_title(variant, clean) == "安阳:党员干部勇担当,抗疫一线党旗红"
        publication = find_publication(variant, prepare(variant))
        assert (publication.value, publication.basis) == ("2020-02-01T13:07", "dateline")
        spans = clean.noise_spans
        assert [variant[s:e] for s, e in spans] == [text[s:e] for s, e in clean_lines(text).noise_spans]
        assert all("\r" not in variant[s:e] for s, e in spans)


def test_full_width_and_pinyin_in_datelines():
    text = "標題\n\n２０２０年０７月１６日０８：１３　來源：光明日報\n\n正文"
    publication = find_publication(text, prepare(text))
    assert (publication.value, publication.basis) == ("2020-07-16T08:13", "dateline")


def test_title_fallbacks():
    text = "\n\n  武汉:全力救治每一位患者  \n\n2020-02-01\n正文。"
    assert find_title(text, clean_lines(text)) == "武汉:全力救治每一位患者"
    body_only = "1月23日,武汉封城。全市公交、地铁停运。"
    # a body-only page shows no headline: its first sentence is where the head ends, not its title
    assert find_title(body_only, clean_lines(body_only)) == ""
    assert find_heading(body_only, clean_lines(body_only)).top == "1月23日,武汉封城"
    assert find_title("", clean_lines("")) == ""


BODY = (
    "我國今日出現第5例武漢肺炎確診病例,患者曾與首例確診者搭乘同一班機返台,目前已在醫院隔離治療。\n"
    "疾管署表示,這名病例返台後曾出現咳嗽與發燒症狀,衛生單位已匡列同班機乘客進行健康追蹤。\n"
    "疾管署呼籲民眾,如有發燒或呼吸道症狀,應主動就醫並告知旅遊史,以利及早診斷與治療。\n"
)


def _read(text: str) -> dict:
    """The document read from `text` as a file `t.txt` would be."""
    return document_from_text(text, "t", "t.txt", "utf-8")


def test_a_slogan_above_the_headline_gives_way_to_the_line_about_the_body():
    text = "閱讀讓生活永遠不無聊\n我國出現第5例武漢肺炎 曾與首例搭同班機返台\n" + BODY
    assert find_title(text, clean_lines(text)) == "我國出現第5例武漢肺炎 曾與首例搭同班機返台"
    # a headline that shares little wording with its body stays the headline
    worded = "疫情再添一例\n" + BODY
    assert find_title(worded, clean_lines(worded)) == "疫情再添一例"


def test_a_ticker_of_other_headlines_above_the_real_one_gives_way_to_it():
    text = "快訊\n\n颱風明晚逼近 北部山區嚴防豪雨\n\n股市終場大漲三百點\n\n" + (
        "我國出現第5例武漢肺炎 曾與首例搭同班機返台\n\n" + BODY
    )
    assert find_title(text, clean_lines(text)) == "我國出現第5例武漢肺炎 曾與首例搭同班機返台"


def test_a_ticker_under_a_date_label_on_top_gives_way_to_the_headline_the_body_is_about():
    text = " date 2020-01-28 我的頻道\n\n颱風明晚逼近 北部山區嚴防豪雨\n\n" + (
        "我國出現第5例武漢肺炎 曾與首例搭同班機返台\n\n記者某某／台北報導\n" + BODY
    )
    document = _read(text)
    assert document["title"] == "我國出現第5例武漢肺炎 曾與首例搭同班機返台"


def test_a_gallery_headline_repeated_under_every_picture_is_still_the_headline():
    headline = "室外看世界杯 球迷露天观战气氛热烈"
    pictures = "".join(
        f"{headline}\n第{n}张图:球迷们围坐在大屏幕前等待开赛,现场气氛十分热烈。\n" for n in range(3)
    )
    text = f"{headline}\n\n更新时间:2018-06-15 12:47:14\n\n{pictures}"
    document = _read(text)
    assert document["title"] == headline


def test_other_stories_headlines_above_the_headline_are_noise():
    ticker = "川普深夜發文 稱今天等著看下場"
    text = (
        f" date 2020-01-28 我的頻道\n\n{ticker}\n\n我國出現第5例武漢肺炎 曾與首例搭同班機返台\n\n記者某某／台北報導\n"
        + BODY
    )
    document = _read(text)
    spans = document["noise_spans"]
    at = text.index(ticker)
    assert any(start <= at < end for start, end in spans)
    body_at = text.index("疾管署表示")
    assert not any(start <= body_at < end for start, end in spans)


def test_a_headline_glued_to_a_scrapers_date_label_is_the_headline():
    glued = (
        " date 2020-01-28 我國出現第5例武漢肺炎 曾與首例搭同班機返台\n"
        + BODY
        + "▪️相關報導：明日天氣晴朗 氣溫回升\n"
    )
    assert _read(glued)["title"] == "我國出現第5例武漢肺炎 曾與首例搭同班機返台"


def test_a_scrapers_date_label_is_chrome_and_the_rest_of_its_line_is_text():
    lede = "香港楼宇渗水纠纷时有发生，处理不当容易伤及邻里和气。调解服务已由本月2日起续办一年。"
    text = " date 2025-12-29 " + lede + "\n\n" + BODY
    document = _read(text)
    spans = document["noise_spans"]
    assert document["published"] == "2025-12-29"
    assert any(start <= 1 < end for start, end in spans)  # the stamp
    lede_at = text.index("香港楼宇")
    assert not any(start <= lede_at < end for start, end in spans)  # the lede


def test_a_list_of_emoji_bulleted_links_is_related_links_even_when_they_name_a_year():
    links = [
        "▪️殺破狼／2026年12星座整體運勢（上）金牛遇對象、處女留意財務",
        "▪️殺破狼／2026年12星座整體運勢（下）天秤苦盡甘來",
        "▪️2026上半年生肖運(上)／牛要相信自己",
    ]
    text = BODY + "2026運勢大解析\n" + "\n".join(links) + "\n"
    clean = clean_lines(text)
    for link in links:
        assert clean.is_noise(text.index(link))
    assert not clean.is_noise(text.index("疾管署表示"))


def test_a_headline_behind_a_hijackers_word_is_the_headline_without_it():
    text = (
        "2026世界杯\n开云官方app下载 某某街道社区: 入户走访察民情 精准服务解民忧\n"
        "发布日期:2026-01-21 15:01 点击次数:165\n" + BODY
    )
    assert _read(text)["title"] == "某某街道社区: 入户走访察民情 精准服务解民忧"


def test_keywords_before_a_headline_are_not_part_of_it():
    assert (
        clean_headline("天文台,特別天氣提示,熱帶氣旋 下午5時天文台特別天氣提示:天文台發出一號戒備信號")
        == "下午5時天文台特別天氣提示:天文台發出一號戒備信號"
    )
    assert (
        clean_headline("台北、新北 兩市今起發放補助") == "台北、新北 兩市今起發放補助"
    )  # two names, not keywords


def test_a_run_of_other_headlines_under_the_article_is_related_links():
    foot = [
        "救護車出動4萬宗升5%",
        "坊會籲居民商戶關注消防安全",
        "舉行新能源巴士事故應急演習",
        "4月8日起禁攜超160Wh移動電源",
    ]
    paragraph = "消防局表示，今晚澳門青洲一幢住宅大廈12樓單位發生火警，消防員接報到場後迅速將火救熄，事件中無人受傷，起火原因有待調查。\n"
    text = paragraph + "\n".join(foot) + "\n"
    clean = clean_lines(text)
    assert all(clean.is_noise(text.index(line)) for line in foot)
    three = paragraph + "\n".join(foot[:3]) + "\n" + paragraph  # fewer, and the article goes on: text
    clean = clean_lines(three)
    assert not any(clean.is_noise(three.index(line)) for line in foot[:3])


def test_a_more_reports_header_opens_a_list_of_links():
    text = BODY + "更多太報報導\n輻射冷卻發威！宜蘭太平山清晨僅4度\n"
    clean = clean_lines(text)
    assert clean.is_noise(text.index("輻射冷卻"))


def test_a_chronology_of_years_does_not_date_a_wire_dateline_without_a_year():
    text = (
        "著名作家某某在香港逝世 享年94岁\n\n"
        "新华社香港10月30日电（记者某某 某某）以笔名写下多部武侠小说的著名作家某某30日下午在香港逝世，享年94岁。\n"
        "他1959年创办报纸，2000年获特区政府颁授勋章；2001年，一颗小行星以他命名；2017年，博物馆开设展馆介绍他的作品。\n"
    )
    document = _read(text)
    assert document["published"] is None  # the last year of a life is not the year of its end
    dated = text.replace("享年94岁。\n", "享年94岁。今年他的新版全集刚刚出齐。\n").replace(
        "2017年，", "2018年，"
    )
    assert _read(dated)["published"] == "2018-10-30"


def test_a_date_of_history_does_not_date_the_page():
    text = (
        "东航一架客机在广西藤县发生事故\n\n"
        "据央视新闻21日报道，一架客机在广西梧州藤县发生事故，并引发山火，伤亡情况暂不明确，救援队伍已经集结。\n"
        "执飞飞机为一架波音737-800，2015年6月22日交付，机龄6.8年。\n"
    )
    assert _read(text)["published"] is None


def test_a_scrapers_stamp_of_a_month_takes_its_day_from_the_opening_lines():
    text = (
        " date 2023-09 華為25日在深圳舉辦秋季新品發布會，多款產品同場亮相，吸引逾2000人出席觀看。\n\n" + BODY
    )
    document = _read(text)
    assert document["published"] == "2023-09-25"
    assert document["published_basis"] == "inferred"
    assert not document["title"].startswith("date")
    assert any(start <= 1 < end for start, end in document["noise_spans"])


def test_an_archives_republic_era_date_with_dashes_dates_a_taiwanese_page():
    text = (
        "環境部新聞專區\n\n最新空氣品質資訊上哪查?環保署網頁告訴您!\n\n96-07-02 [行政院環境保護署監資處 ]\n\n"
        + BODY
    )
    assert _read(text)["published"] == "2007-07-02"


def test_an_advert_prompt_glued_to_a_scrapers_stamp_is_not_the_headline():
    text = " date 2026-01-02 我是廣告 請繼續往下閱讀\n\n" + BODY
    document = _read(text)
    assert "廣告" not in document["title"]
    assert document["published"] == "2026-01-02"


def test_captions_credits_and_repost_notes_are_chrome():
    lines = ["天王某某12月將在台北大巨蛋開唱。(圖/翻攝自某某IG)", "本文转自【红网】;", "首圖"]
    text = BODY + "\n".join(lines) + "\n"
    clean = clean_lines(text)
    assert all(clean.is_noise(text.index(line)) for line in lines)


def test_an_english_headline_over_an_english_byline_heads_a_chinese_speech():
    text = (
        "A Government Agency Website\n\nCelebrating the Legacy of the Chinese Community\n\n"
        "Speech By Ms Lee, Minister Of State For Culture, Community And Youth\n\n"
        "尊敬的各位会馆领袖、\n\n" + BODY
    )
    assert _read(text)["title"] == "Celebrating the Legacy of the Chinese Community"


def test_an_english_slogan_is_not_the_first_paragraph():
    text = (
        "CD Voice\n\nYour fast way to all things China. Join the conversation, every single day!\n\n"
        "英语新闻丨8人被刑拘!甘肃天水通报幼儿园儿童血铅异常调查处置\n\n" + BODY
    )
    assert _read(text)["title"] == "英语新闻丨8人被刑拘!甘肃天水通报幼儿园儿童血铅异常调查处置"


def test_a_place_said_twice_at_the_head_of_a_headline_is_not_spam():
    assert clean_lines("北京|北京大到暴雨来临之前,我们应该做些什么?\n").noise == []
    assert clean_lines("彩神88-彩神88\n").noise != []


def test_day_first_dates_and_labelled_two_digit_years_date_a_page():
    digest = "星洲日报—大都会__23_07_2025\n以下是根据来源整理的新闻标题及简介:\n" + BODY
    document = _read(digest)
    assert document["published"] == "2025-07-23"
    assert document["title"] == "星洲日报—大都会__23_07_2025"  # a digest named by its edition
    slashed = "某某新闻标题在这里出现了\n23/07/2025\n" + BODY
    assert _read(slashed)["published"] == "2025-07-23"
    labelled = "青岛新闻网讲述社区崛起的原因\n\n时间:09-04-10 栏目:制度规范 作者:某某 评论:1\n\n" + BODY
    assert _read(labelled)["published"] == "2009-04-10"


def test_salutations_section_numbers_and_notice_fields_are_not_headlines():
    body = "因道路施工,市公交公司决定对部分公交线路进行临时调整。\n受影响的线路有101路和201路,请市民提前规划出行。\n"
    notice = "尊敬的市民朋友们:\n\n关于公交线路调整的通知\n\n" + body
    assert find_title(notice, clean_lines(notice)) == "关于公交线路调整的通知"
    listing = "二、活动安排\n时间:3月6日上午\n" + body
    assert find_title(listing, clean_lines(listing)) not in ("二、活动安排", "时间:3月6日上午")


def test_a_sites_initials_after_the_headline_are_cut():
    assert clean_headline("警方加強巡邏 拘捕2人 - RTHK") == "警方加強巡邏 拘捕2人"


# --- HTML


def test_html_to_text_drops_scripts_styles_and_head():
    text = html_to_text((DATA / "article.html").read_text(encoding="utf-8"))
    for dropped in ("2099", "脚本", "font-family", "模板内容", "请启用JavaScript", "人民网"):
        assert dropped not in text
    assert "首页 >> 党建" in text
    assert "病人&家属,<详见附表>" in text  # entities unescaped
    assert "中南医院重症监护室" in text  # a source line break between Chinese characters is not a space
    assert "第一项\n第二项" in text  # list items on lines of their own
    assert "姓名\t单位" in text


def test_html_inline_elements_do_not_break_lines():
    assert html_to_text("<p>1月<b>28</b>日晚<span>8时</span></p><p>次日</p>") == "1月28日晚8时\n次日"
    assert html_to_text("<p>甲<br>乙</p>") == "甲\n乙"
    assert html_to_text("<head><title>题</title><body>正文") == "正文"  # head left unclosed


def test_load_html_document():
    path = DATA / "article.html"
    document = load_document(str(path), "article.html")
    assert document["format"] == "html"
    assert document["title"] == "党旗在疫情防控第一线高高飘扬"
    assert (document["published"], document["published_basis"]) == ("2020-03-04T13:56", "dateline")
    assert "<p>" not in document["text"]


def test_load_html_with_meta_charset_in_gbk(tmp_path):
    html = '<html><head><meta charset="gb2312"></head><body><h1>安阳:党员干部勇担当</h1><p>2020-02-01 13:07</p><p>正文。</p></body></html>'
    path = tmp_path / "page.htm"
    path.write_bytes(html.encode("gbk"))
    document = load_document(str(path), "page.htm")
    assert document["encoding"] in ("gb2312", "gb18030")
    assert document["title"] == "安阳:党员干部勇担当"
    assert document["published"] == "2020-02-01T13:07"


def test_html_site_name_in_h1_is_not_the_title(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><h1>人民网</h1><p>共產(chǎn)黨員,用行動詮釋責任擔當</p><p>正文。</p></body></html>",
        encoding="utf-8",
    )
    assert load_document(str(path), "page.html")["title"] == "共產黨員,用行動詮釋責任擔當"
    path.write_text("<html><body><h1>共產(chǎn)黨員在行動</h1><p>正文。</p></body></html>", encoding="utf-8")
    assert load_document(str(path), "page.html")["title"] == "共產黨員在行動"


def test_html_is_sniffed_whatever_the_extension(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "<!DOCTYPE html><html><body><p>正文内容</p><script>x=1</script></body></html>", encoding="utf-8"
    )
    document = load_document(str(path), "page.txt")
    assert document["format"] == "html" and document["text"] == "正文内容"


def test_load_document_errors_name_the_path(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(DocumentError) as error:
        load_document(str(missing), "nope.txt")
    assert str(error.value) == f"{missing}: no such file or directory"
    image = tmp_path / "image.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.raises(DocumentError, match=r"image\.txt: binary data \(a PNG image\)"):
        load_document(str(image), "image.txt")
    with pytest.raises(DocumentError, match="is a folder"):
        load_document(str(tmp_path), "x")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("武汉".encode("gbk"))
    with pytest.raises(DocumentError, match=r"gbk\.txt: not valid utf-8"):
        load_document(str(gbk), "gbk.txt", encoding="utf-8")
    assert "\n" not in str(error.value)


# --- properties

TEXTS = st.text(
    alphabet=st.sampled_from(
        list("年月日号时分:-/.0123456789２０党旗飘扬產(chǎn)>>【】()——。,\r\n \u3000记者来源责编")
    ),
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_reading_any_text_never_raises_and_spans_stay_inside(text):
    document = document_from_text(text, "x", "x.txt", "utf-8")
    for start, end in document["noise_spans"]:
        assert 0 <= start < end <= len(text)
        assert "\n" not in text[start:end] and "\r" not in text[start:end]
    assert document["published_basis"] in ("dateline", "byline", "inferred", "none")
    assert "\n" not in document["title"] and "\r" not in document["title"]


def test_what_the_text_says_of_its_own_day_is_read_by_the_normalizer():
    # 年初六 (the Hong Kong form of 正月初六) fell on 13 February in 2016 only, of the years near
    text = "僑界團拜\n\n中央社紐約2月13日電 今天是年初六，紐約法拉盛僑界在寒風中舉行新春團拜，數百人到場互道新年快樂。\n"
    assert _read(text)["published"] == "2016-02-13"
    lunar = "某某卫视记者报道:\n今天\n农历戊戌狗年腊月三十\n除夕之夜，千家万户团圆守岁，街头巷尾张灯结彩，年味浓浓。\n"
    assert _read(lunar)["published"] == "2019-02-04"


def test_a_papers_tag_alone_on_its_line_is_not_the_headline():
    text = "晚報訊\n昨天是元宵節，也是限放的最後一天，市內各消防中隊昨晚出警次數超過平時數倍，是幾天中最忙的一晚。\n"
    document = _read(text)
    assert document["title"] != "晚報訊"
    assert clean_lines(text).reason(0) == "meta"


def test_a_zone_name_between_date_and_clock_keeps_the_clock():
    text = "警方在銅鑼灣一帶加強巡邏 拘捕2人\n\n2025-06-05 HKT 00:51\n分享工具 facebook\n" + BODY
    assert _read(text)["published"] == "2025-06-05T00:51"


def test_writer_and_publication_labels_and_archive_links_are_chrome():
    lines = ["撰文:凌逸德", "出版:更新:", "新聞重溫 可重溫過去12個月的新聞"]
    text = "9.6九龍大遊行|便衣警截堵路男爆衝突 4男被捕\n" + "\n".join(lines) + "\n" + BODY
    clean = clean_lines(text)
    assert all(clean.is_noise(text.index(line)) for line in lines)
    assert _read(text)["title"] == "9.6九龍大遊行|便衣警截堵路男爆衝突 4男被捕"


def test_a_flattened_first_line_gives_headline_and_date():
    text = (
        "教育局宣布全港學校今日下午停課 Oct 8, 2021 教育局宣布，由於紅色暴雨警告信號正在生效，全港學校今日下午停課，家長毋須送子女回校。\n"
        + BODY
    )
    document = _read(text)
    assert document["published"] == "2021-10-08"
    assert document["title"] == "教育局宣布全港學校今日下午停課"


def test_a_skip_link_an_roc_labelled_date_and_a_repeated_update_stamp():
    text = (
        "跳到主要內容區塊\n\n監察委員赴彰化縣地方巡察\n\n  • 日期:93-06-24\n\n"
        + BODY
        + "更新時間|2024.09.19 18:24 臺北時間\n"
        + BODY
    )
    document = _read(text)
    assert document["title"] == "監察委員赴彰化縣地方巡察"
    assert document["published"] == "2004-06-24"
    assert clean_lines(text).is_noise(text.index("更新時間"))


def test_an_editors_note_tag_alone_is_not_a_headline():
    assert clean_headline("【直新闻按】") == "【直新闻按】"  # kept as written when it is all there is
    text = "【編者按】\n" + BODY
    assert _read(text)["title"] != "【編者按】"


def test_decorations_around_a_headline_are_cut():
    assert (
        clean_headline("图文-奥运圣火北京首站传递 圣火照亮天安门广场")
        == "奥运圣火北京首站传递 圣火照亮天安门广场"
    )
    assert (
        clean_headline("世界头条:大兴机场将开通多条国际航线 国际航线有序恢复")
        == "大兴机场将开通多条国际航线 国际航线有序恢复"
    )
    assert (
        clean_headline("【我国第一条时速350公里跨海高铁开通运营】") == "我国第一条时速350公里跨海高铁开通运营"
    )
    assert (
        clean_headline("高雄入夏第2例本土登革熱出現,民眾要提高警覺 ...")
        == "高雄入夏第2例本土登革熱出現,民眾要提高警覺"
    )
    assert clean_headline("手游礼包码大全,暴雨侵袭城市告急,市民惊慌自救") == "暴雨侵袭城市告急,市民惊慌自救"
    assert (
        clean_headline("北京|北京大到暴雨来临之前,我们应该做些什么?")
        == "北京|北京大到暴雨来临之前,我们应该做些什么?"
    )


def test_a_label_said_twice_a_long_desk_credit_and_a_summary_are_not_headlines():
    clean = clean_lines("新聞中心 新聞中心\n政治大學永慶房屋公益產學合作校園記者許甄玲/台北報導\n")
    assert [line.reason for line in clean.noise] == ["menu", "meta"]
    text = (
        "摘要:一进小区业主群,手机整天响个不停,楼下停电没人通知\n老百姓进了业主群为啥天天像逛菜市场?\n" + BODY
    )
    assert not _read(text)["title"].startswith("摘要")


def test_a_summary_first_and_a_sites_address_stamp():
    text = (
        "摘要:一进小区业主群,手机整天响个不停,楼下停电没人通知,群里先炸开了锅,物业还没露面。\n"
        "老百姓进了业主群为啥天天像逛菜市场?网友的回答很新鲜\n"
        + BODY
        + "http://2008.sina.com.cn 2008年08月06日12:34  新浪体育\n"
    )
    document = _read(text)
    assert document["title"] == "老百姓进了业主群为啥天天像逛菜市场?网友的回答很新鲜"
    assert clean_lines(text).is_noise(text.index("http://2008"))


def test_a_stamp_in_brackets_after_the_headline_is_cut():
    assert clean_headline("必要時將實施人(車)彈性交通管制 (2015-03-20)") == "必要時將實施人(車)彈性交通管制"
    assert (
        clean_headline("海外华侨华人回乡寻根 诉说对故土的眷恋(2016)")
        == "海外华侨华人回乡寻根 诉说对故土的眷恋"
    )
    assert clean_headline("公共场所新冠疫苗接种须知(7.12)") == "公共场所新冠疫苗接种须知"
    assert clean_headline("天文台改發黑色暴雨警告 (23:46)") == "天文台改發黑色暴雨警告"
    assert clean_headline("G20(2016)") == "G20(2016)"  # nothing would be left


def test_a_title_field_an_anchor_mark_writers_credit_and_formal_numerals():
    text = "某区生态环境分局\n标题: 生态环境行政处罚公开事项\n发文日期: 2020-06-18\n" + BODY
    assert _read(text)["title"] == "生态环境行政处罚公开事项"
    report = (
        ":::主要內容區\n\n104年5月農業產銷概況\n\n文 / 農糧署 某某某\n統計室 葉某某‧袁某某‧邱某某\n\n壹、農業生產\n\n"
        + BODY
    )
    clean = clean_lines(report)
    assert clean.reason(0) == "meta" and clean.is_noise(report.index("統計室"))
    assert _read(report)["title"] == "104年5月農業產銷概況"


def test_a_date_inside_a_sentence_does_not_make_a_flattened_headline():
    text = (
        "镜湖区图书馆将于2023年1月21日起进行场馆改造及图书盘点，其间拟闭馆，恢复开放时间另行通知，敬请读者谅解。\n镜湖区图书馆临时闭馆通知\n"
        + BODY
    )
    assert _read(text)["title"] != "镜湖区图书馆将于"


def test_a_stamp_with_its_source_and_a_font_control_is_the_dateline():
    # a site whose name holds a tool word (天气网) and a font-size control after the stamp
    text = (
        "天气网提供城市天气预报、景点天气预报以及历史天气查询\n当前位置:天气+ > 天气新闻 > 正文\n\n"
        "某县遭冰雹袭击 果园受损严重\n\n2018-05-07  来源:天气网  【字体:\n\n" + BODY
    )
    document = _read(text)
    assert document["published"][:10] == "2018-05-07" and document["published_basis"] == "dateline"
    assert document["title"] == "某县遭冰雹袭击 果园受损严重"
    assert clean_lines("2018-05-07  【字体: 大 中 小】 打印 关闭").reason(0) == "toolbar"  # no source: tools


def test_a_font_size_control_has_no_value_under_it():
    # `字體大小:` alone is a tool, not a metadata label: the headline under it stays the headline
    text = "字體大小:\n\n健保卡換發啟動,醫院全面雙軌上路!\n\n健保卡換發自明年起在各醫院雙軌上路,\n" + BODY
    clean = clean_lines(text)
    assert clean.reason(0) == "furniture" and clean.reason(2) is None
    assert _read(text)["title"] == "健保卡換發啟動,醫院全面雙軌上路!"


def test_a_breadcrumb_run_together_is_not_the_headline():
    text = "首頁華文教育\n\n百年華校傳承中華文化 校長談辦學\n\n2015年07月22日 13:49 來源:某某日報\n" + BODY
    assert clean_lines(text).reason(0) == "menu"
    assert _read(text)["title"] == "百年華校傳承中華文化 校長談辦學"
    assert clean_lines("首页设计大赛今日开幕 百名设计师参赛").reason(0) is None


def test_a_starred_name_an_image_source_caption_and_a_lead_label_are_chrome():
    text = (
        "某湖旱情严重,图为湖区航拍画面 | 图源:某某视频截屏\n导 读\n"
        "今年夏天,某流域经历了罕见的高温干旱,湖泊水位持续走低,农业和供水接连告急。\n"
        "图1 气象台发布干旱预警|图源:气象台\n★ 陳 輝\n" + BODY
    )
    clean = clean_lines(text)
    for line in ("图源:某某视频截屏", "导 读", "图源:气象台", "★ 陳 輝"):
        assert clean.is_noise(text.index(line)), line
    assert not clean.is_noise(text.index("今年夏天"))
    # a sentence that merely holds the words stays text
    said = "記者說,圖源:網路上流傳的說法並不可信,他們已經查證。"
    assert clean_lines(said).reason(0) is None


def test_a_headline_under_the_pages_one_sentence_summary():
    text = (
        "某区图书馆将于2023年1月21日起进行场馆改造及图书盘点,其间闭馆,开馆时间另行通告。\n"
        "某区图书馆临时闭馆通知\n尊敬的各位读者:\n" + BODY
    )
    assert _read(text)["title"] == "某区图书馆临时闭馆通知"
    # a page that opens with a paragraph of several sentences keeps no subhead under it as its title
    body_first = BODY + "疫情追蹤\n" + BODY
    assert _read(body_first)["title"] != "疫情追蹤"


def test_a_day_of_every_year_is_not_a_day_the_text_reports():
    text = "2016年3月8日,国务院批复同意把每年4月24日定为“中国航天日”。\n今年的纪念活动在多地举行。\n"
    document = _read(text)
    assert document["published"] is None or document["published"][:10] != "2016-04-24"


def test_a_year_told_only_below_the_days_does_not_give_them_their_year():
    text = (
        "学生靠网络直播两地的静坐实况。另外,11月8日晚间新闻对这次靜坐有完整持平的报道。\n"
        "时间是1994年,我在大安区读国中,市长选战是班上最热的话题。\n"
    )
    assert _read(text)["published"] is None
    # a year stated with the report's days still dates them
    dated = "2008年11月6日,学生开始静坐;11月8日晚间新闻对这次静坐有完整持平的报道。\n"
    assert _read(dated)["published"][:10] == "2008-11-08"


def test_a_category_word_over_the_headline_does_not_replace_it():
    text = (
        "媽祖信仰\n臺灣人心中的母親─臺中地區的媽祖信仰\n\n"
        "媽祖信仰是臺灣重要的民間信仰,也是海洋文化的象徵,各地供奉媽祖的廟宇很多。\n"
        "明末清初移民渡海來臺,航程艱險,海神媽祖成了移民心靈的依靠,信仰也逐漸深入內陸。\n"
        "隨著拓墾範圍擴大與社會變遷,媽祖信仰流傳到山區,各地廟會與遶境活動也越來越盛大。\n"
    )
    assert _read(text)["title"] == "臺灣人心中的母親─臺中地區的媽祖信仰"


def test_a_handover_anniversary_gives_the_year():
    text = (
        "12月20日清晨,特區政府在金蓮花廣場舉行升旗儀式,慶祝澳門回歸十八週年。\n"
        "八時正,國旗和區旗冉冉升起,數百名市民和遊客到場觀禮,場面莊嚴。\n"
    )
    assert _read(text)["published"][:10] == "2017-12-20"
    hong_kong = "7月1日上午,各界在金紫荊廣場觀看升旗儀式,慶祝香港回歸祖國25周年。\n"
    assert _read(hong_kong)["published"][:10] == "2022-07-01"


def test_a_gambling_raid_reported_is_news_and_a_caption_on_a_stamp_is_chrome():
    text = (
        " date 2026-01-27 賭場深夜曝光 警方查扣逾11萬元賭資。\n\n"
        "【記者某某/桃園報導】警方日前接獲賭博情資,經多日蒐證後前往山區搜索,當場查獲負責人及賭客共44人。\n"
        "澳門博彩監察協調局公布,當月博彩毛收入73.12億澳門元,較去年同期上升,是近年來首度錄得增長。\n"
    )
    clean = clean_lines(text)
    assert clean.reason(0) == "meta"  # a caption on the scraper's stamp: chrome, yet the stamp dates the page
    assert clean.reason(3) is None  # a report on gaming revenue is no gambling advert
    assert _read(text)["published"][:10] == "2026-01-27"
    assert clean_lines("澳门金沙娱乐官网,注册送彩金").reason(0) == "spam"
    assert clean_lines("真人娱乐 老虎机 捕鱼").reason(0) == "spam"


def test_years_listed_together_and_a_year_since_which_do_not_date_this_year_s_days():
    text = (
        "今年的南方干旱历史罕见。8月18日,气象台发布今年首个干旱预警;8月23日,应急响应启动。\n"
        "这一流域2000年以来多次发生旱灾,如2006年、2011年、2013年和2019年,2006年的干旱主要在上游。\n"
    )
    assert _read(text)["published"] is None
    one_year = text.replace("如2006年、2011年、2013年和2019年,2006年的干旱主要在上游", "2022年的这一次最重")
    assert _read(one_year)["published"][:10] == "2022-08-23"


def test_a_long_caption_closed_by_its_photographers_credit_is_chrome_beside_a_body():
    caption = "今天是大貓熊「圓圓」21歲生日，動物園準備了「生日蛋糕」幫圓圓慶生，遊客在館外排隊觀看。記者某某某／攝影"
    body = (
        "臺北市立動物園今天為大貓熊圓圓舉辦21歲慶生會,保育員準備了以竹筍、蘋果和窩窩頭做成的生日蛋糕,圓圓吃得津津有味。\n"
        "園方表示,圓圓來臺已經十多年,身體狀況良好,近年也陸續產下兩隻幼仔,是園內最受歡迎的明星動物,每天吸引大批遊客。\n"
    )
    text = "動物園為大貓熊慶生\n" + caption + "\n" + body
    assert clean_lines(text).is_noise(text.index(caption))
    credited = "動物園為大貓熊慶生\n" + body + "保育員端出生日蛋糕,圓圓吃得津津有味。(動物園提供)\n"
    assert clean_lines(credited).is_noise(credited.index("保育員端出"))
    # on a photo story the captioned paragraph is the report itself
    story = "葡萄成熟季 果農採收忙\n立秋時節,山區的優質葡萄陸續成熟,果農們適時採摘、供應市場。近年來,該區因地制宜規模化發展優質葡萄種植,促進農業增效、農民增收,也帶動鄉村旅遊,助力鄉村振興。(記者 某某 攝)\n"
    assert not clean_lines(story).is_noise(story.index("立秋"))


def test_a_national_day_counted_in_order_gives_the_year():
    text = (
        "9月22日,在第七個中國農民豐收節到來之際,鎮裡舉辦慶豐收活動,村民們展示了今年的收成。\n"
        "活動現場還有農產品展銷和文藝表演,吸引了上千名村民和遊客參加,大家共同慶祝豐收。\n"
    )
    assert _read(text)["published"][:10] == "2024-09-22"
    teachers = "9月10日是第39个教师节,全市各校举行表彰大会,向优秀教师颁发荣誉证书。\n"
    assert _read(teachers)["published"][:10] == "2023-09-10"


def test_a_doubled_dash_joins_a_headline_it_does_not_open_a_site_name():
    assert clean_headline("【见·闻】大众食堂——新加坡小贩中心") == "大众食堂——新加坡小贩中心"
    assert clean_headline("住房公积金新政解读——政务服务中心") == "住房公积金新政解读——政务服务中心"
    # a single dash before a site name is still cut
    assert clean_headline("警方加强巡逻 拘捕2人—中国新闻网") == "警方加强巡逻 拘捕2人"


def test_a_list_bullet_before_the_headline_is_dropped():
    assert clean_headline("- 13人困在电梯里 为何一个小时才被救出?") == "13人困在电梯里 为何一个小时才被救出?"
    assert clean_headline("• 市區公車明起調整路線") == "市區公車明起調整路線"
    assert clean_headline("-2℃的清晨 菜农忙采收") == "-2℃的清晨 菜农忙采收"  # a minus sign is not a bullet


def test_a_kicker_ending_in_a_dash_gives_way_to_the_headline_under_it():
    text = (
        "首页 > 栏目 > 舆情 > 正文\n\n一些建筑行业农民工来信反映,工资被拖欠——\n\n农民工欠薪难题 怎样对症下药\n\n"
        "本报记者 某某    2026-02-02 09:02:37    人民日报\n\n"
        "岁末年初,不少农民工结束一年的辛劳准备回家过年,但一些建筑行业农民工来信说,活干完了,工资却没能按时足额拿到。\n"
    )
    assert _read(text)["title"] == "农民工欠薪难题 怎样对症下药"
    # a headline with a dash inside it is still a headline
    assert (
        _read(text.replace("工资被拖欠——\n\n农民工欠薪难题 怎样对症下药\n\n", "工资被拖欠——记者探访\n\n"))[
            "title"
        ]
        == "一些建筑行业农民工来信反映,工资被拖欠——记者探访"
    )


def test_an_entry_of_a_marked_chronology_does_not_date_the_page():
    text = (
        "比起伤人,野猪糟蹋庄稼更让山里百姓头疼,村民夜里轮流放鞭炮,也收效甚微。\n"
        "相关链接\n近年野猪伤人事件\n"
        "☆2008 年1 月 歙县一名村民进山时被野猪咬成重伤,医疗费花了近3万元。\n"
        "☆2008 年12 月31 日 休宁县一名村民被野猪咬伤,住院半个多月。\n"
        "☆ 2010 年12 月8 日 清晨一头野猪游泳过江时遭村民围攻,致3人重伤。\n"
    )
    assert _read(text)["published"] is None
    # the same date in the report's own sentence still dates it
    told = "2010年12月8日清晨,一头野猪游泳过江时遭村民围攻,致3人重伤,村民夜里轮流放鞭炮驱赶。\n"
    assert _read(told)["published"][:10] == "2010-12-08"


def test_a_rights_protection_notice_is_chrome():
    body = (
        "这段时间,老字号关店潮从广州蔓延到了深圳,又一家开了二十多年的酒楼贴出停业告示,宣布月中正式停止营业。\n"
        "酒楼在通知中承诺,会员卡余额可以办理退款,并在两个月内办完,不少老顾客赶来吃最后一顿饭。\n"
    )
    for notice in ("文章已开通全网维权,未经授权一律举报", "本文已開通全網維權，未經授權必追究"):
        text = notice + "\n\n" + body
        assert clean_lines(text).is_noise(0)
        assert not clean_lines(text).is_noise(text.index("这段时间"))


def test_a_caption_closed_by_a_providers_credit_without_a_full_stop_is_chrome():
    caption = "因應學校開學,幹線公車及區間、繞駛班次將恢復服務(臺中市交通局提供)"
    body = (
        "高中職以下學校下週一開學,臺中市政府調整公車班次,因應學生上下學的通勤需求,幹線公車也將全面恢復行駛。\n"
        "交通局表示,上下學尖峰時段通學人潮較多,市府將在開學日推出加強服務,請學生搭乘時留意班次。\n"
    )
    text = caption + "\n" + body
    assert clean_lines(text).is_noise(0)
    assert not clean_lines(text).is_noise(text.index("高中職"))


def test_a_forums_repost_mark_before_the_articles_name_is_dropped():
    assert clean_headline("转贴《捐书,给渴望知识的孩子》") == "捐书,给渴望知识的孩子"
    assert clean_headline("轉載：《老街坊的最後一天》") == "老街坊的最後一天"
    assert (
        clean_headline("转载文章被判侵权 平台赔偿五万元") == "转载文章被判侵权 平台赔偿五万元"
    )  # a word, not a mark


def test_a_headline_run_into_a_one_line_page_by_a_space_is_cut_from_the_text():
    text = (
        "成群候鸟飞抵浙江上虞湿地越冬 上虞位于杭州湾南岸,近日浙江绍兴上虞区北部海涂湿地陆续迎来过冬的候鸟,"
        "白琵鹭等水鸟在水面栖息,这里是候鸟迁徙途中的歇脚地和越冬地。\n"
    )
    assert _read(text)["title"] == "成群候鸟飞抵浙江上虞湿地越冬"
    # a wire dateline before the space is not a headline
    wire = "中国共产党新闻网北京8月1日电 (记者某某)昨日,中央纪委国家监委网站发布消息,某省原副省长主动投案,接受审查调查。\n"
    assert _read(wire)["title"] != "中国共产党新闻网北京8月1日电"


def test_a_share_prompt_between_headline_and_dateline_and_the_source_after_the_stamp():
    # 分享到: under the headline does not end its block, and `| 稿件來源:…` after the stamp is the
    # dateline's own field, never a headline glued to it.
    text = (
        "首頁 -> 內地\n\n某地氣象局：今年登陸台風偏少但強度偏強\n\n分享到:\n2023-09-05 16:20 | 稿件來源:某某新聞網\n\n"
        "【字號:\n\n" + BODY
    )
    document = _read(text)
    assert document["title"] == "某地氣象局：今年登陸台風偏少但強度偏強"
    assert document["published"].startswith("2023-09-05")
    no_headline = "2023-09-05 16:20 | 稿件來源:某某新聞網\n\n" + BODY
    assert "稿件" not in _read(no_headline)["title"]


def test_a_taiwan_reposts_roc_stamp_completes_a_day_only_wire_dateline():
    # A blog repost of a wire story keeps the Republic's date run together at the end of the text
    # (1041021 is 2015-10-21); it is taken only when its day is the dateline's.
    body = (
        "(中央社記者某某某彰化縣21日電)彰化縣一對姊妹今天騎機車外出買菜，與一輛警車相撞，送醫後不治。\n\n"
        "警方初步了解，兩人在路口左轉時與對向直行的警車碰撞，相關畫面仍待調查。1041021\n\n"
    )
    text = (
        "close\n\n內容來自YAHOO新聞\n\n警車與機車相撞 姊妹二人不治\n\n"
        + body
        + "新聞來源https://tw.news.yahoo.com/x-111120674.html\n"
    )
    document = _read(text)
    assert document["published"] == "2015-10-21"
    assert [e["text"] for e in document["published_evidence"]][-1] == "1041021"
    other_day = text.replace("1041021", "1041022")
    assert _read(other_day)["published"] is None


def test_a_player_clock_and_comments_under_a_list_of_links_are_chrome():
    # A news page's audio player (`0:00 /`, `0:00`) on top, and under the article a list of links whose
    # last items open the comments (`udn討論區`, `共 0 則留言`): the rules listed after them are chrome.
    text = (
        "聽新聞\n0:00 /\n0:00\n某婦騎車撞上測速警車身亡 分局說明\n"
        "某婦前天下午騎機車撞上停在路肩的警車，倒地昏迷送醫不治；分局今天說，已會同檢察官相驗完畢。\n"
        "延伸閱讀\n贊助廣告\nudn討論區\n共 0 則留言\n規範\n"
        "- 張貼文章或下標籤，不得有違法或侵害他人權益之言論，違者應自負法律責任。\n"
        "- 對於明知不實或過度情緒謾罵之言論，經網友檢舉或本網站發現，本網有權逕予刪除文章。\n"
    )
    lines = noise_lines(text)
    assert "0:00 /" in lines and "0:00" in lines
    assert any(line.startswith("- 對於明知不實") for line in lines)
    assert not any(line.startswith("某婦前天下午") for line in lines)


def test_a_forum_threads_tagged_title_stands_above_the_posters_card():
    # A bulletin board puts the poster's card (label and figure cells, one a line, the join and last
    # visit dates) between the thread's title and the post's stamp; the title wears a tag in brackets.
    card = "\n".join(["12", "威望", "2041", "金钱", "97", "积分", "1880", "帖子", "233"])
    text = (
        "找回密码\n立即注册\n\n站务公告【新人必读】索引 置顶帖\n查看: 731|回复: 4\n\n"
        "[转帖] 老街区雨污分流工程分段施工安排\n\n[复制链接]\n\n"
        + card
        + "\n注册时间\n2011-3-8\n最后登录\n2018-12-30\n"
        "发表于 2013-6-2 09:15:20 | 显示全部楼层 |阅读模式\n\n"
        "区住建局昨天公布，老街区雨污分流工程一期已经完工，共铺设管道八公里。\n"
        "二期工程七月开工，施工期间部分路段封闭，分流管道预计年底前全部接通。\n"
    )
    document = _read(text)
    assert document["title"] == "老街区雨污分流工程分段施工安排"
    assert document["published"].startswith("2013-06-02")


def test_a_notices_date_of_issue_gives_way_to_its_date_of_publication():
    # A disclosure page lists the notice's fields, each label on its line and the value under it:
    # the notice was issued one day (发文日期) and the page put it out the next (发布日期).
    text = (
        "某河县人民政府关于做好秋冬季森林防火工作的通知\n\n"
        "  • 发文字号:\n\n    河政发〔2022〕3号\n  • 发文日期:\n\n    2022年10月11日 09:20\n"
        "  • 发布日期:\n\n    2022年10月12日 15:05\n  • 内容概述:\n\n"
        "各乡镇人民政府，县政府各部门：\n\n  一、自11月1日起全县进入森林防火紧要期，各乡镇要严格管控野外用火。\n\n"
        "某河县人民政府\n\n2022年10月11日\n"
    )
    assert _read(text)["published"] == "2022-10-12T15:05"
    # with the date of issue alone, that date is still the page's
    alone = text.replace("  • 发布日期:\n\n    2022年10月12日 15:05\n", "")
    assert _read(alone)["published"] == "2022-10-11T09:20"


def test_a_widgets_loading_placeholder_is_chrome_and_no_headline():
    # A summary widget that had not finished writing when the page was saved leaves its placeholder
    # (and its name in brackets) above the text; a loading prompt is chrome the same way.
    text = (
        "生成中...【内容速览】\n\n港口罢工进入第三天 货柜积压逾万个\n\n"
        "码头工人罢工进入第三天，港区积压的货柜已超过一万个，航运公司开始改道邻近港口。\n"
        "正在加载…\n"
    )
    lines = noise_lines(text)
    assert "生成中...【内容速览】" in lines and "正在加载…" in lines
    assert _read(text)["title"] == "港口罢工进入第三天 货柜积压逾万个"
    # a sentence about generating something is text
    assert not _has_noise(text.replace("正在加载…", "工厂正在加载货物，预计明天装船完毕。"), "工厂正在加载")


def _has_noise(text: str, start: str) -> bool:
    return any(line.startswith(start) for line in noise_lines(text))


def test_a_bracketed_yearless_wire_dateline_takes_its_year_from_the_reference():
    # An overseas paper's dateline names the outlet in its own words and gives no year
    # (【某某時報3月2日訊】): alone it dates nothing, and with a reference day it falls on its last
    # occurrence up to that day.
    text = (
        "僑社舉辦新春聯歡 逾三百人出席\n\n某某某\n\n人氣 12\n標籤:\n\n"
        "【某某時報3月2日訊】本地僑社週末在中華會館舉辦新春聯歡，逾三百名僑胞出席，場面熱鬧。\n\n"
        "主辦單位表示，明年將擴大舉辦，並邀請更多青年參與。\n"
    )
    assert _read(text)["published"] is None
    dated = document_from_text(text, "t", "t.txt", "utf-8", ref="2009-03-20")
    assert (dated["published"], dated["published_basis"]) == ("2009-03-02", "dateline")
    early = document_from_text(text, "t", "t.txt", "utf-8", ref="2009-02-20")
    assert early["published"] == "2008-03-02"


def test_a_bulletin_board_repost_reads_its_header_fields_and_drops_its_pushes():
    # A Taiwanese board's post: header fields written with a space (作者 / 看板 / 標題 / 時間, the time
    # in the C library's order, year last), a numbered posting template, the wire credit alone as
    # a field's value, and after the board's sign-off the readers' pushes, each with its own date.
    text = (
        "作者 someone (某人)\n看板 Gossiping\n標題 [新聞] 山區道路坍方 三百旅客受困\n"
        "時間 Sat Jul 14 08:05:41 2018\n1.媒體來源:\n某某社\n\n2.記者署名:\n記者某某某花蓮14日電\n\n"
        "3.完整新聞標題:\n山區道路坍方 三百旅客受困\n\n4.完整新聞內文:\n"
        "(某某社記者某某某花蓮14日電)山區公路今天清晨坍方，約三百名旅客受困，公路局預計下午搶通。\n\n"
        "5.完整新聞連結 (或短網址):\nhttp://example.com/news/201807140011.aspx\n\n--\n"
        "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 10.0.0.1\n"
        "推 reader01: 上次坍方是16日才搶通                        07/14 08:10\n"
        "→ reader02: 希望大家平安                                07/14 08:12\n"
    )
    document = _read(text)
    assert document["title"] == "山區道路坍方 三百旅客受困"
    assert (document["published"], document["published_basis"]) == ("2018-07-14T08:05", "dateline")
    lines = noise_lines(text)
    assert "3.完整新聞標題:" in lines and "記者某某某花蓮14日電" in lines
    assert any(line.startswith("推 reader01") for line in lines)
    assert any(line.startswith("→ reader02") for line in lines)
    # a reply keeps the headline without its marks
    reply = text.replace("標題 [新聞]", "標題 Re: [新聞]")
    assert _read(reply)["title"] == "山區道路坍方 三百旅客受困"


def test_a_headless_copy_has_no_title_and_its_head_ends_at_the_lede_without_the_wire_dateline():
    # A copied report under a scraper's stamp has no headline, so no title: the head ends at the
    # start of its lede, and the dateline that opens the lede (`某某日报4月19日电`) is who sent it.
    text = (
        "- 2025-04-20\n-\n"
        "某某日报4月19日电 由市政府主办的龙舟邀请赛在江边开幕，来自十个省份的四十支队伍参赛。\n"
        "比赛将持续三天，决赛定于4月21日举行，主办方预计吸引游客超过五万人次。\n"
    )
    assert _read(text)["title"] == ""
    top = find_heading(text, clean_lines(text)).top
    assert top.startswith("由市政府主办的龙舟邀请赛") and "日电" not in top
    # with a credit in brackets after the dateline, that goes too
    credited = text.replace("4月19日电 ", "4月19日电(记者 某某)")
    assert find_heading(credited, clean_lines(credited)).top.startswith("由市政府主办的龙舟邀请赛")


def test_cut_excerpts_each_followed_by_its_date_are_other_stories():
    # Under a report, a feed of other stories flattened into lines: each excerpt is cut short and its
    # date is glued before the next one. Their dates neither date the page nor make events.
    text = (
        "某体育园昨晚正式开园，首场活动吸引两万名市民入场参观，主办方表示园区将于下月承办首项国际赛事。\n"
        "园区占地二十八公顷，包括一个五万座主场馆和一个一万座室内馆。\n"
        "某俱乐部官方宣布，与主力后卫续约三年，双方在谈判中基本达成一致，后卫目前的合...\n"
        "2025-06-16某联赛第四轮，某队客场一比一战平对手，遭遇三连平，据俱乐部消息，该队...\n"
        "2025-06-16\n"
    )
    lines = noise_lines(text)
    assert any(line.startswith("某俱乐部官方宣布") for line in lines)
    assert any(line.startswith("2025-06-16某联赛") for line in lines) and "2025-06-16" in lines
    assert _read(text)["published"] is None
    # an ellipsis closing prose (……) is no cut excerpt
    prose = text.replace("后卫目前的合...", "后卫目前的合同……").replace("该队...", "该队……")
    assert not any(line.startswith("某俱乐部官方宣布") for line in noise_lines(prose))


def test_a_blog_platforms_stamp_with_the_weekday_before_the_year_dates_the_post():
    # A Taiwan blog platform stamps a post in English with the weekday between day and year.
    text = (
        "close\n\n某人的登山筆記\n跳到主文\n相簿\n部落格\n留言\nMar 9 Sat 2019 21:40\n"
        "春雪後的雪山東峰\n上週末和山友一起上雪山東峰，步道上還留著前幾天的春雪，走起來格外小心。\n\n"
        "清晨五點從登山口出發，十點抵達東峰，回程在三六九山莊吃了午餐。\n文章標籤\n雪山\n留言(0) 人氣()\n"
    )
    assert _read(text)["published"] == "2019-03-09T21:40"
    # and without its clock
    assert _read(text.replace("Mar 9 Sat 2019 21:40", "Mar 9 Sat 2019"))["published"] == "2019-03-09"


def test_e_paper_controls_an_empty_date_label_and_a_headline_with_its_id_and_date():
    # An e-paper's page controls are chrome, and the headline under a date label left empty by the
    # scrape is no date's value.
    controls = (
        "通版阅读请点击:\n展开通版\n收缩通版\n当前版:04版\n发布日期:\n井盖“张大口”\n"
        "  6月11日，记者路过市区南滨路时发现，体育场过洞下的人行道上一处井盖破损严重，希望有关部门尽快更换。\n"
    )
    assert _read(controls)["title"] == "井盖“张大口”"
    assert {"展开通版", "收缩通版", "当前版:04版"} <= set(noise_lines(controls))
    # A headline followed on its line by the article's number and date.
    stamped = (
        "02\n\n连夜除雪保畅通 44,541 2024年01月17日\n\n"
        "1月16日凌晨2点，市城区开始降雪，环卫中心随即开展联合作业，6点30分主干道积雪已清除干净。\n"
    )
    document = _read(stamped)
    assert document["title"] == "连夜除雪保畅通"
    assert document["published"] == "2024-01-17"


def test_a_headline_repeated_over_the_body_in_two_pieces_is_a_repeat():
    # A government page prints its headline, then again over the body broken across two lines.
    text = (
        "当前位置: 首页 > 公开领域 > 财政预算\n\n某区水务局2021年度部门支出 绩效自评报告\n\n"
        "某区水务局2021年度部门支出\n\n绩效自评报告\n\n"
        "为检查预算执行情况，提高财政资金使用效益，本局按照区财政局要求，对2021年度部门支出开展了绩效自评，现将情况报告如下。\n"
    )
    lines = noise_lines(text)
    assert "某区水务局2021年度部门支出" in lines and "绩效自评报告" in lines
    assert _read(text)["title"] == "某区水务局2021年度部门支出 绩效自评报告"
    # two short lines that only start the headline are text
    partial = text.replace("\n\n绩效自评报告\n", "\n\n情况说明\n")
    assert "情况说明" not in noise_lines(partial)


def test_an_accounts_stamp_to_the_minute_under_a_mirrors_breadcrumb_dates_the_article():
    # A mirror of public-account articles: a breadcrumb, the headline, then the account's stamp with
    # its clock. Next to the breadcrumb it is still the article's own date, and the headline is above it.
    text = (
        "相关文章推荐\n某读书会  ·  五个好习惯让你受益一生 ·  昨天\n"
        "某网  ›  专栏  ›  某读书会\n\n三分钟读懂《时间简史》\n\n"
        "某读书会  · 公众号  · 科普  · 2018-05-14 09:30\n\n正文\n\n"
        "《时间简史》\n\n出版社:某科技出版社\n\n"
        "这本书用通俗的语言讲宇宙的起源和黑洞，不需要数学基础也能读懂，适合想了解物理学前沿的普通读者。\n"
    )
    document = _read(text)
    assert document["published"] == "2018-05-14T09:30"
    assert document["published_basis"] == "dateline"
    assert document["title"] == "三分钟读懂《时间简史》"


def test_a_source_line_with_the_issues_date_names_the_paper_alone():
    # A university page reprints a paper's story; its source line gives the issue's day, then the paper.
    text = (
        "来源:10月8日《某某青年报》\n作者:记者某某\n"
        "学校新落成的图书馆昨天开馆，首日接待读者三千多人次，馆内藏书一百二十万册，设有二十四小时自习区。\n"
    )
    assert _read(text)["outlet"] == "某某青年报"
    assert _read(text.replace("10月8日《某某青年报》", "《某某青年报》"))["outlet"] == "某某青年报"
    assert _read(text.replace("10月8日《某某青年报》", "某某网"))["outlet"] == "某某网"


def test_another_report_under_a_read_more_header_is_not_the_pages():
    # A Malaysian portal prints a report, then `阅读更多` and a whole other report with its own
    # headline, stamp and wire opening. That report's dates are not this page's events.
    text = (
        "州政府拨款修复受灾学校\n\n《某某网》发布于 2024年03月05日\n\n"
        "(怡保5日讯)州政府今日宣布拨款二百万令吉，修复上月水灾中受损的十二所学校，工程将在三个月内完成。\n\n"
        "州行政议员说，受灾学校的课室和图书馆将优先修复。\n\n阅读更多\n\n"
        "市议会明年起调涨停车费\n《某某日报》2024-03-05\n\n"
        "(太平5日讯)市议会今日宣布，明年1月1日起调涨市区停车费，每小时从六十仙调至八十仙。\n"
    )
    lines = noise_lines(text)
    assert "阅读更多" in lines and "市议会明年起调涨停车费" in lines
    assert not any(line.startswith("(怡保5日讯)") for line in lines)
    assert any(line.startswith("(太平5日讯)") for line in lines)
    # without another report's opening, the lines under the header stay as they are
    plain = text.replace("(太平5日讯)", "")
    assert not any(line.startswith("市议会今日宣布") for line in noise_lines(plain))


def test_a_public_accounts_byline_block_under_the_headline():
    # A mirror of a public-account article: headline, then `Original`, the author, the account (also
    # named in the account's card below), the date alone, and the card. The date is the article's
    # and the headline is above the byline block.
    text = (
        "首页\n提交文章\n分类\n社会\n国际\n其它\n生成图片,分享到微信朋友圈\n查看原文\n"
        "专访某区消防站站长:每一次出警都是一次考试\nOriginal\n某某\n某城视点\n2022-03-18\n"
        "收录于话题\n#城市一线\n某城视点\n由某电视台新闻团队出品\n"
        "今年以来，消防站已经出警三百多次。站长说，队员们每天都要训练，因为每一次出警都像一次考试。\n"
    )
    document = _read(text)
    assert document["published"] == "2022-03-18"
    assert document["title"] == "专访某区消防站站长:每一次出警都是一次考试"


def test_a_ticker_of_breaking_headlines_above_the_headline_gives_way_to_it():
    # A North American paper's page: its date, channel settings, a `快訊` ticker of two other stories,
    # then the page's own headline, the author and an audio player.
    text = (
        " date 2025-11-03 我的頻道\n\n* 拖拉類別可自訂排序\n恢復預設 確定\n設定\n快訊\n\n"
        "某州議會通過新預算 教育經費增加一成\n\n颶風逼近東岸 數萬戶停電 航班大亂\n\n"
        "一碗餛飩麵的鄉愁\n\n某某\n聽新聞\n0:00 /0:00\n\n"
        "剛到美國那年冬天，我最想念的是家門口那家小店的餛飩麵。後來在法拉盛找到一家老店，味道竟然和記憶裡一模一樣。\n"
    )
    document = _read(text)
    assert document["title"] == "一碗餛飩麵的鄉愁"
    assert document["published"] == "2025-11-03"


def test_a_bracketed_outlet_tag_opening_the_lede_names_the_outlet():
    # A portal reposts a Taiwan outlet's story; the lede opens with the outlet's name in brackets.
    text = (
        " date 2025-10-31 縣府重建預算上限再提高\n"
        "[某某NEWS今日新聞] 立法院黨團昨（30）日協商重建條例，預算上限提高，全案今（31）日三讀。\n"
    )
    assert _read(text)["outlet"] == "某某NEWS今日新聞"
    assert _read(text.replace("[某某NEWS今日新聞]", "【某某网报道】"))["outlet"] == "某某网"
    # a column tag in brackets is no outlet
    assert _read(text.replace("[某某NEWS今日新聞]", "【網絡中國節·元宵】")).get("outlet") is None


def test_an_outlet_keeps_no_pinyin_a_broken_conversion_inserted():
    text = (
        "2008年09月29日 10:05 來源:某龍網(wǎng)-某某晚報 發(fā)表評論\n"
        "昨日，區法院對三起案件進行了集中公開宣判，三名被告分別獲刑四至十年。\n"
    )
    assert _read(text)["outlet"] == "某龍網-某某晚報"


def test_a_you_are_here_breadcrumb_is_no_headline():
    text = "您現在:某某記協網>自律維權\n媒體工作者也需普法\n2017-03-06 11:29:00\n" + (
        "針對體育領域的反腐行動，全國媒體給予了廣泛的報道，報道中也暴露出一些法律表述問題。\n"
    )
    assert _read(text)["title"] == "媒體工作者也需普法"
    assert _read(text.replace("您現在:", "您当前位置："))["title"] == "媒體工作者也需普法"


def test_an_outlets_name_opening_the_stamp_line_names_the_outlet():
    body = "強颱風逼近，預計傍晚前登陸，沿岸低窪地區居民已陸續疏散，學校停課一天。\n"
    for stamp, outlet in (
        ("某視新聞 2023-09-03", "某視新聞"),
        ("美国之音 2023-09-04", "美国之音"),
        ("某線新聞 i-Cable 2023年09月03日", "某線新聞"),  # an English name after the Chinese one
        ("某峽導報駐臺記者 薛某 2023-09-03", "某峽導報"),  # the paper's reporter and name
        ("【某唐人北京時間2023年09月04日訊】", "某唐人"),
    ):
        assert _read("颱風逼近 沿岸居民疏散\n" + stamp + "\n" + body)["outlet"] == outlet, stamp
    # a reporter's credit or a field label before the stamp names no outlet, nor does a headline
    # that runs into a year
    assert _read("颱風逼近 沿岸居民疏散\n記者 張某 2023-09-03\n" + body).get("outlet") is None
    assert _read("某某大学2023年招生简章公布\n" + body).get("outlet") is None
