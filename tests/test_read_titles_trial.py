"""Headlines and site chrome met in a sampled trial of real pages (tests/data/pages/tune13).

Each text is made up in the shape a real page had; each test failed before its rule was added."""

from __future__ import annotations

from page_reading import reason, title

from timeline.documents import find_publication as read_publication
from timeline.read.headline import clean_headline
from timeline.read.published import find_publication
from timeline.textprep import prepare

BODY = "记者昨天在现场看到,市民们排着长队等候入场,工作人员在入口处维持秩序,现场气氛热烈而有序。"


def test_a_station_name_and_compact_date_after_a_box_bar_is_cut():
    # a TV station's video page: `标题│中視新聞 20210918`
    assert clean_headline("連假第一天遊客湧向東部 景點人潮爆滿│中視新聞 20210918") == "連假第一天遊客湧向東部 景點人潮爆滿"
    assert clean_headline("暴雨过后城区积水退去 - 某某电视台 2021-07-22") == "暴雨过后城区积水退去"


def test_a_forum_boards_rule_notice_is_chrome_not_the_title():
    text = (
        "公告:禁止張貼廣告與外站連結、網址等相關字詞,違者扣分/禁言!\n"
        "台灣的夜市很有特色,老夜市大多沿著騎樓和小巷擺出去,現在幾乎到處都有夜市!\n"
        "小時候家附近的小夜市,常常就是一攤彈珠台、一攤套圈圈,再加幾攤燒烤和衣服攤。\n"
    )
    assert reason(text, 0) == "banner"
    assert "公告" not in title(text)


def test_a_save_toast_and_a_gallery_prompt_are_page_tools():
    text = "春节“汉服热”里的文化自信\n\n  • 打印\n  • 收藏\n收藏成功\n\n打开文本图片集\n\n" + BODY + "\n"
    assert reason(text, 4) == "furniture"
    assert reason(text, 6) == "furniture"
    assert title(text) == "春节“汉服热”里的文化自信"


def test_a_diary_line_leading_into_a_quote_or_closing_on_a_particle_is_not_a_headline():
    # a travel blog: the post title, a widget line, then short diary lines, one leading into what
    # follows (`…才知道:`), one closing on `呢~`; the title is the line on top
    text = (
        "大年初一,老街的大排檔沒開真可惜\n"
        "Temperature: 0 °C\n"
        "大年初一。\n"
        "這天去朋友的舅舅家拜年,剛好也碰到她的阿姨。\n"
        "我問她為什麼要帶柑,她也說不出來,上網查了才知道:\n"
        "看來這個習俗很討吉利呢~\n" + BODY + "\n"
    )
    assert title(text) == "大年初一,老街的大排檔沒開真可惜"
    # a headline may still end in a tilde after a noun
    assert title("接下來一週,河畔這裡包辦你的春節~\n\n" + BODY + "\n") == "接下來一週,河畔這裡包辦你的春節~"


def test_a_posters_card_date_is_the_users_not_the_posts():
    # a forum thread: the poster's card as label/value lines, its last login a full date
    post = "我外甥從國外回來,每天回家都說學校的營養午餐很好吃,每週都有一次優格,湯也有很多種,小朋友非常滿意。\n"
    text = "- UID\n- 2612\n- 威望\n- 4\n- 最後登入\n- 2020-3-30\n \n- 在線時間\n- 278 小時\n|\n" + post
    assert reason(text, 5) == "card"
    assert find_publication(text, prepare(text)).value is None
    assert reason("注册时间 2010-2-9\n" + post, 0) == "card"


def test_a_top_bar_with_the_viewing_day_and_its_lunar_day_is_a_tool_bar():
    # a paper's top bar: login and subscribe links, then the day it was viewed, weekday and lunar day
    text = "會員登入 | 訂閱電子報 | 2026年12月2日 星期三 農曆十月廿四\n颱風逼近 東部山區豪雨\n" + BODY
    assert reason(text, 0) == "toolbar"
    assert title(text) == "颱風逼近 東部山區豪雨"


def test_a_sentence_with_a_date_and_a_tool_word_stays_text():
    text = "颱風逼近 東部山區豪雨\n订阅号2016年9月27日上线，首日用户过万人\n" + BODY
    assert reason(text, 1) is None


def test_an_accounts_stamp_with_its_clock_between_dots_is_not_a_top_bar():
    text = "三分钟读懂一本书\n某读书会  · 公众号  · 科普  · 2018-05-14 09:30\n" + BODY
    assert reason(text, 1) != "toolbar"


def test_another_report_under_a_more_reading_header_with_its_own_stamp_is_related():
    # a Hong Kong portal: the article, `往下看更多文章`, then a whole other report with its own stamp,
    # whose 復活節 and 昨日 are of its own year, not this page's
    text = (
        "團體到警總請願要求嚴懲某人\n\n2020年02月29日 15:18 最後更新:16:00\n\n"
        "一批市民到警察總部外請願,要求政府及警方嚴懲某人,並拘捕更多擾亂社會秩序的人,團體約四十人。\n\n"
        "往下看更多文章\n\n復活節及清明假期 警方展開反爆竊行動\n\n2024年03月29日 05:40 最後更新:06:10\n\n"
        "警方在復活節及清明節假期,在多個地點展開為期10天的反爆竊行動,昨日至下月6日進行。\n\n"
        "你 或 有 興 趣 的 文 章\n"
    )
    lines = text.split("\n")
    assert reason(text, lines.index("往下看更多文章")) == "related"
    other_report = next(i for i, line in enumerate(lines) if line.startswith("警方在復活節"))
    assert reason(text, other_report) == "related"
    assert reason(text, 4) is None  # the page's own report stays text
    assert read_publication(text).value.startswith("2020-02-29")


def test_a_more_reading_header_over_a_list_of_headlines_alone_keeps_the_text_above():
    text = (
        "團體到警總請願\n\n2020年02月29日 15:18\n\n"
        "一批市民到警察總部外請願,要求政府及警方嚴懲某人,並拘捕更多擾亂社會秩序的人,團體約四十人。\n\n"
        "往下看更多文章\n\n警方展開反爆竊行動\n\n某區舉行花卉展覽\n"
    )
    assert reason(text, 4) is None
    assert reason(text, text.split("\n").index("往下看更多文章")) != "related"  # no other report opens under it


def test_the_windows_title_bar_over_the_page_is_chrome_when_its_headline_stands_below():
    text = (
        "某台迎来65周岁生日! | 某台 来自某国 介绍某国 | XW | 03.05.2018\n广告\n\n某台迎来65周岁生日!\n\n"
        "某台3日迎来65周岁生日，台长在庆祝活动上致辞，回顾了电台从一个小频道发展成多语种媒体的历程。\n"
    )
    assert reason(text, 0) == "repeat"
    assert title(text) == "某台迎来65周岁生日!"
    alone = "某台迎来65周岁生日! | 某台 | 03.05.2018\n\n某台3日迎来65周岁生日，台长在庆祝活动上致辞，回顾了电台的历程。\n"
    assert reason(alone, 0) is None  # the only place the headline stands


def test_teasers_each_closed_by_a_read_more_link_are_other_stories():
    # a Malaysian paper's page: the report, a call to follow the paper, then teasers of other stories,
    # each closed by `阅读全文`; one of them has a full stop and a 至今 of its own
    text = (
        "某国警方发表文告说,三名被取消签证者被下令在今日午夜前离境,其余十八人接获口头警告后护照已归还。\n\n"
        "要看最快最熱資訊,請來Follow我們 《某某日報》WhatsApp Channel.\n\n热门新闻\n\n阅读全文\n图取自面子书\n\n"
        "游客暗批食物难吃 此生应该不会再来\n\n阅读全文\n某国传出有4家车厂正在考虑把部分生产线外移。(图取自网络)\n\n"
        "车厂拟移生产线 重创制造回流梦\n\n阅读全文\n\n29岁演员惊爆死讯 好友纷纷哀悼:至今无法相信\n\n阅读全文\n"
    )
    lines = text.split("\n")
    assert reason(text, lines.index("要看最快最熱資訊,請來Follow我們 《某某日報》WhatsApp Channel.")) == "toolbar"
    for teaser in ("某国传出有4家车厂正在考虑把部分生产线外移。(图取自网络)", "29岁演员惊爆死讯 好友纷纷哀悼:至今无法相信"):
        assert reason(text, lines.index(teaser)) == "related"
    assert reason(text, 0) is None


def test_one_read_more_link_under_a_report_marks_nothing_else():
    text = (
        "某区举办长者运动会\n\n昨日上午，某区长者运动会在体育馆举行，三百多名长者参加了多个项目的比赛。\n\n阅读全文\n\n"
        "主办方表示，明年将增加更多适合长者的项目，欢迎更多居民报名参加。\n"
    )
    lines = text.split("\n")
    assert reason(text, lines.index("主办方表示，明年将增加更多适合长者的项目，欢迎更多居民报名参加。")) is None


def test_a_copied_pages_origin_mark_after_the_headline_is_cut():
    assert clean_headline("ST某某:董事、獨董雙雙辭職 ©原創(chuàng)") == "ST某某:董事、獨董雙雙辭職"
    assert clean_headline("某某公司董事辞职 ©原创") == "某某公司董事辞职"
    assert clean_headline("原创") == "原创"  # a mark alone is left to the chrome rules


def test_an_outlet_name_after_a_doubled_dash_is_cut_but_a_headlines_second_part_stays():
    assert clean_headline("本市调整12条公交线路——某某网") == "本市调整12条公交线路"
    assert clean_headline("本市調整12條公交路線——某某日報") == "本市調整12條公交路線"
    # a doubled dash that joins a headline's two parts stays (the second part is no outlet's name)
    assert clean_headline("大众食堂——新加坡小贩中心") == "大众食堂——新加坡小贩中心"
    assert clean_headline("跨越山海的守望——记援疆医生某某") == "跨越山海的守望——记援疆医生某某"


def test_a_papers_labelled_kicker_gives_way_to_its_labelled_main_headline():
    # an e-paper prints the kicker, the main headline and the deck each after its label
    text = "引题：地铁新线开通在即\n主题：本市调整12条公交线路\n副题：涉及线路走向和站点\n" + BODY
    assert title(text) == "本市调整12条公交线路"
    assert title(text.replace("引题", "肩題").replace("主题", "主題")) == "本市调整12条公交线路"


def test_a_title_bars_site_and_section_are_cut_in_every_layout_portals_use():
    want = "颱風逼近 北部晚間雨勢增強"
    for bar in (
        "颱風逼近 北部晚間雨勢增強 ｜ 某果新聞網 ｜ 某果日報",  # two names of one outlet
        "颱風逼近 北部晚間雨勢增強 - 某報新聞網 - 即時新聞 instant news",
        "颱風逼近 北部晚間雨勢增強-財經-HiNet新聞",  # the section before the site
        "颱風逼近 北部晚間雨勢增強 - 新浪香港",  # a portal whose name ends in no outlet word
        "颱風逼近 北部晚間雨勢增強 - 某週刊 Mirror Media",  # the name in English after the Chinese
        "颱風逼近 北部晚間雨勢增強 - 某報 Taisounds",
    ):
        assert clean_headline(bar) == want, bar
    for bar in ("台风逼近 北部晚间雨势增强-搜狐", "台风逼近 北部晚间雨势增强 - 今日头条", "台风逼近 北部晚间雨势增强—新闻—科学网"):
        assert clean_headline(bar) == "台风逼近 北部晚间雨势增强", bar
    # a portal's name inside the headline, and a dash inside it, stay
    assert clean_headline("新浪CEO曹某：微博用户数增长") == "新浪CEO曹某：微博用户数增长"
    assert clean_headline("周末去哪儿 - 香港好去處") == "周末去哪儿 - 香港好去處"


def test_a_weather_top_bar_is_chrome_not_the_headline_or_the_pages_day():
    # a Hong Kong radio station's news page: its top bar shows the day it is viewed and the weather,
    # then a pager, the headline and the report's own day-first stamp
    text = (
        "11月14日 (星期四)25°C 88\n日期:\n《 上一篇       下一篇 》\n\n某地有汽車在體育中心撞人 司機被捕\n\n"
        "12/11/2024 1:53\n        某地晚上發生車禍, 一輛汽車在體育中心撞倒多名正在跑道上散步的市民, 目前司機已被警方控制.\n"
    )
    assert reason(text, 0) == "toolbar"
    assert reason(text.replace("25°C", "18℃"), 0) == "toolbar"
    assert title(text) == "某地有汽車在體育中心撞人 司機被捕"
    assert read_publication(text).value.startswith("2024-11-12")
    # a weekday and a temperature in a sentence stay text
    assert reason("星期四氣溫將升至25°C，市民要注意防曬。", 0) is None


def test_a_photo_caption_with_its_credit_is_no_headline():
    # a body-only scrape that opens on a picture's caption, closed by the credit in brackets
    text = "村干部走访困难户了解冬季取暖情况(受访者供图)\n\n" + BODY + "\n"
    assert title(text) != "村干部走访困难户了解冬季取暖情况(受访者供图)"


def test_a_sentence_on_top_opens_the_report_and_gives_no_title():
    text = "临近年末,矿区的工人们仍坚守在井下岗位,确保冬季供暖用煤不断档。\n\n" + BODY + "\n"
    assert title(text) == ""
