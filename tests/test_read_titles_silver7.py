"""Headlines and chrome met on the seventh round's stored real pages (the silver cache of
`benchmarks/silver_pages.py`, tuning half): each text is made up in our own words in the shape a real
page had, and each test failed before its rule was added."""

from __future__ import annotations

from page_reading import reason, title

from timeline.read.headline import clean_headline

BODY = "记者昨天在现场看到,市民们排着长队等候入场,工作人员在入口处维持秩序,现场气氛热烈而有序。"


def test_a_meetings_decks_under_its_headline_do_not_take_its_place():
    # a State Council meeting: the headline, then one decision a line, then the report
    stacked = (
        "2019年5月8日\n\n某某主持召开市政府常务会议\n确定加快发展社区养老服务的措施\n部署推进老旧小区改造\n"
        "通过《某某市物业管理条例(草案)》\n\n会议指出,发展社区养老服务关系千家万户,要加大投入,"
        "完善设施,让老人就近享受服务。会议要求,老旧小区改造要尊重居民意愿。\n"
    )
    assert title(stacked) == "某某主持召开市政府常务会议"
    spaced = (
        "某某主持召開縣政府常務會議\n\n  討論通過《本縣2021年重點工作分工方案》\n\n  聽取關於推進義務教育均衡發展的匯報\n\n"
        "  審議通過《本縣防汛應急預案(修訂稿)》\n\n  縣長某某3月12日主持召開縣政府常務會議,討論通過《本縣2021年"
        "重點工作分工方案》。會議指出,要把全年目標任務落到實處,確保各項工作有序推進。\n"
    )
    assert title(spaced) == "某某主持召開縣政府常務會議"
    # a headline that happens to open on such a verb, with nothing above it, is still the headline
    alone = "确定三条公交线路调整方案\n\n" + BODY + "\n"
    assert title(alone) == "确定三条公交线路调整方案"


def test_a_kicker_ending_on_a_verb_of_speech_gives_way_to_the_headline_under_it():
    for kicker, headline in (
        ("某某在江北考察时强调", "推动老工业基地焕发新活力 奋力谱写高质量发展新篇章"),
        ("某某在江北考察時強調", "推動老工業基地煥發新活力 奮力譜寫高質量發展新篇章"),
    ):
        text = f"{kicker}\n{headline}\n\n( 2021-07-09 ) 稿件来源:某某日报 要闻\n\n{BODY}\n"
        assert title(text) == headline


def test_an_epaper_splitting_its_headline_over_the_stamp_gives_the_whole_headline():
    text = (
        "01版:要闻\n\n02版:要闻\n\n某某在江北考察时强调\n推动老工业基地焕发新活力 奋力谱写高质量发展新篇章\n"
        "某某在江北考察时强调\n \n推动老工业基地焕发新活力\n奋力谱写高质量发展新篇章\n\n"
        "( 2021-07-09 ) 稿件来源:某某日报 要闻\n \n" + BODY + "\n"
    )
    assert title(text) == "推动老工业基地焕发新活力 奋力谱写高质量发展新篇章"


def test_an_epapers_page_and_section_label_is_chrome():
    for label in ("第A04版:特别报道", "第2版:综合新闻", "03版：要闻"):
        text = f"{label}\n\n这个周末可以这样过!\n\n  {BODY}\n"
        assert reason(text, 0) == "menu"
        assert title(text) == "这个周末可以这样过!"
    # a line that only starts like one is text
    assert reason("第2版讲述了小镇的变迁与人们的回忆,读来令人动容。\n" + BODY + "\n", 0) is None


def test_a_reposts_original_title_label_is_cut_from_the_headline():
    assert (
        clean_headline("原标题:因势利导 依法治理 ——发挥网络在服务群众中的作用")
        == "因势利导 依法治理 ——发挥网络在服务群众中的作用"
    )
    assert clean_headline("原標題：小鎮的大格局") == "小鎮的大格局"
    text = (
        "来源:某某网 更新时间:2014-04-16\n原标题:因势利导 依法治理 ——发挥网络在服务群众中的作用\n"
        + BODY
        + "\n"
    )
    assert title(text) == "因势利导 依法治理 ——发挥网络在服务群众中的作用"


def test_credits_run_together_behind_bullets_are_metadata_not_a_headline():
    for credits in (
        "●本报赴某地特派记者 张三 李四●本报驻外记者 王五 赵六 钱七●本报记者 孙八",
        "●本報赴某地特派記者 張三 李四●本報駐外記者 王五 趙六 錢七●本報記者 孫八",
    ):
        text = f"{credits}\n“{BODY}”\n"
        assert reason(text, 0) == "meta"
        assert title(text) == ""
    # a bulleted headline that names a reporter is no credit
    told = "●本报记者深入一线 记录抗洪救灾的日日夜夜\n" + BODY + "\n"
    assert reason(told, 0) is None


def test_a_desk_before_its_place_and_an_outlet_writer_credit_are_metadata():
    for credit in ("綜合報導 / 中國", "综合报道 / 国际", "聯合報/ 某某某/博士生(台北市)"):
        assert reason(f"{credit}\n{BODY}\n", 0) == "meta"
    # a scraper's stamp glued to such a credit carries no headline
    text = "最新文章\n2025-10-16 00:01 聯合報/ 某某某/博士生(台北市)\n" + BODY + "\n"
    assert title(text) != "聯合報/ 某某某/博士生(台北市)"


def test_a_newsletters_strip_of_sister_letters_is_chrome_and_the_headline_under_the_menus_is_found():
    for strip in (
        "【某某童書電子報】分享兼具文學性與藝術性的繪本,和你一起發現孩子的世界。 【某某旅遊電子報】帶你走訪山海小鎮,看見另一種生活!",
        "這一刻有什麼新發現?和【某某科技報】一起在資訊海洋中遊走,挖掘新知識! 【某某醫週刊】提供健康新知、飲食營養等內容,輕鬆聊健康。",
    ):
        text = (
            f"{strip}\n★ 無法正常瀏覽內容,請按這裡線上閱讀\n新聞  部落格  網站總覽  \n某某電子報\n"
            "2025/10/25 第9045期 | 訂閱/退訂 | 看歷史報份\n今日頭條\n專題\n話題\n要聞\n政治新聞\n \n今日頭條\n"
            "縣府擬調整公車路網 議員批未與地方溝通\n記者甲某、乙某/台北報導\n\n"
            "縣府昨公布公車路網調整方案,預計明年元月上路,多名議員質疑規畫過程未與地方溝通,要求暫緩並重新召開說明會。\n"
        )
        assert reason(text, 0) == "banner"
        assert title(text) == "縣府擬調整公車路網 議員批未與地方溝通"
    # one bracketed name in a sentence is text
    assert (
        reason(
            "他說【某某日報】昨天刊出的報導內容與事實不符,將向報社提出更正要求,並保留法律追訴權。\n"
            + BODY
            + "\n",
            0,
        )
        is None
    )


def test_a_reporters_credit_with_several_names_is_metadata_not_a_menu():
    text = "議員批未與地方溝通\n記者甲某、乙某、丙某/台北報導\n\n" + BODY + "\n"
    assert reason(text, 1) == "meta"


def test_a_news_licence_number_is_chrome():
    for line in ("互联网新闻信息许可证:61120180013", "互聯網新聞信息許可證：61120180013"):
        assert reason(f"{line}\n{BODY}\n", 0) == "banner"


ABSTRACT = (
    "【摘要】城市更新进入新阶段,需要在规划、资金与治理三个方面协同发力,本文据此提出若干建议。\n"
    "【关键词】城市更新 社区治理 公共服务\n"
    "【中图分类号】D63 【文献标识码】A\n"
)


def test_a_journal_articles_library_codes_are_metadata_and_no_subhead_takes_the_title():
    text = (
        ABSTRACT
        + "近年来,各地城市更新的步伐明显加快,老旧小区改造、街区焕新等项目陆续落地,群众获得感不断增强。\n"
        "充分发挥社区治理的作用\n"
        "社区是城市治理的基本单元,也是城市更新的落脚点,居民参与程度直接关系到改造成效。\n"
    )
    assert reason(text, 2) == "meta"
    assert title(text) == ""


def test_a_journal_articles_headline_over_its_abstract_is_still_found():
    text = (
        "首页 > 理论前沿 > 深度原创 > 正文\n\n城市更新中的社区治理路径\n\n"
        + ABSTRACT.replace("\n", "\n\n")
        + "近年来,各地城市更新的步伐明显加快,老旧小区改造、街区焕新等项目陆续落地,群众获得感不断增强。\n"
    )
    assert title(text) == "城市更新中的社区治理路径"


def test_a_series_tag_a_page_number_a_newsroom_and_a_headline_column_word_are_cut():
    assert clean_headline("(巴黎奧運)中國隊再添兩金 創境外最佳") == "中國隊再添兩金 創境外最佳"
    assert clean_headline("（两会）代表建议加快养老服务立法") == "代表建议加快养老服务立法"
    assert clean_headline("被困工人多为建筑工 井下生存能力堪忧(2)") == "被困工人多为建筑工 井下生存能力堪忧"
    assert (
        clean_headline("暴雨成災|教育局:學校可按情況決定明日停課與否 有線新聞")
        == "暴雨成災|教育局:學校可按情況決定明日停課與否"
    )
    assert clean_headline("今日頭條 募兵制延後一年上路 影響役男") == "募兵制延後一年上路 影響役男"
    # a part mark and a picture mark stay
    assert clean_headline("總統論文讀後感(上)") == "總統論文讀後感(上)"
    assert clean_headline("记者团新疆遇车祸(图)") == "记者团新疆遇车祸(图)"


def test_an_epapers_page_label_with_its_day_is_the_issues_metadata():
    # kept out of the headline and the events, and still read for the day of the issue
    text = "第1版:一版要闻 2022-05-28\n市民生活渐复如常\n\n" + BODY + "\n"
    assert reason(text, 0) == "meta"
    assert title(text) == "市民生活渐复如常"


def test_a_players_prompt_a_greeting_a_phone_link_a_blog_category_and_an_about_bar_are_chrome():
    for line in (
        "播放本新聞相關短片",
        "歡迎收看 某某 每日新聞",
        "手机查看",
        "部落格全站分類:生活日記",
        "精華區beta 某某版 關於我們 聯絡資訊",
    ):
        assert reason(f"{line}\n{BODY}\n", 0) is not None, line
    # a headline that welcomes is still text when it reports something
    assert (
        reason("市民欢迎新公交线路开通 早高峰通勤时间缩短一半,沿线居民纷纷点赞。\n" + BODY + "\n", 0) is None
    )


def test_a_picture_and_text_credit_is_metadata_and_no_headline_when_glued_to_a_stamp():
    assert reason("【圖／文】某某光華雜誌\n" + BODY + "\n", 0) == "meta"
    text = " date 2025-11-05 【圖／文】某某某某光華雜誌\n\n" + BODY + "\n"
    assert title(text) == ""


def test_a_mastheads_name_and_a_short_brand_on_top_give_way_to_the_headline():
    office = (
        "搜尋目錄\n語言目錄\n流動式目錄\n政府資訊科技總監辦公室\n26-08-2019\n\n記者會答問內容\n\n"
        "政務司司長今日聯同資訊科技總監辦公室及多位局長舉行跨部門記者會,介紹政府最新情況,以下是記者會答問內容:\n\n"
        "記者:你好,剛才司長提到政府已經解釋,資訊科技總監辦公室只為收集一些交通數據,政府在這方面有否責任?\n"
    )
    assert title(office) == "記者會答問內容"
    site = (
        "23/01/2025\n\nSiteName\n\n某某人工智能報道資訊網站\n\n小巴失控衝撞鐵欄 司機和兩乘客受傷送院\n\n"
        + BODY
        + "\n"
    )
    assert title(site) == "小巴失控衝撞鐵欄 司機和兩乘客受傷送院"
    brand = (
        "fbpx Web Interstitial Ad\n某某健康+\n\n現行社交距離措施延長至下月6日\n\n"
        "        政府宣布,現行社交距離措施再延長兩星期,直至下月6日,食肆繼續禁晚市堂食.\n"
    )
    assert title(brand) == "現行社交距離措施延長至下月6日"


def test_a_short_label_whose_bar_leads_to_nothing_is_no_headline():
    rescue = "记者昨天在现场看到,救援人员正在废墟中搜寻被困者,伤者被陆续送往医院救治。"
    for label in ("地震救援现场 |", "死亡名单 |", "救援現場｜"):
        assert title(f"{label}\n\n{rescue}\n") == ""
        assert (
            title(f"{label}\n\n某地发生6.2级地震 已致12人遇难\n\n{rescue}\n")
            == "某地发生6.2级地震 已致12人遇难"
        )


def test_a_headline_in_spaced_clauses_is_no_menu():
    for headline in ("穷追扑头贼 头爆缸没损失 警闪电擒凶 原来摆乌龙", "窮追撲頭賊 頭爆缸沒損失 警閃電擒兇"):
        text = f"{headline}\n{BODY}\n"
        assert reason(text, 0) is None
        assert title(text) == headline
    # a menu keeps its short items
    assert reason("新聞  部落格  NBA台灣  網站總覽\n" + BODY + "\n", 0) == "menu"
    assert reason("要闻 国内 国际 财经\n" + BODY + "\n", 0) == "menu"


def test_a_ticker_of_stamped_headlines_on_one_line_is_chrome_and_the_headline_under_it_is_found():
    ticker = (
        "-直播带货到底有多赚钱?业者告诉你真相(2020-07-15 10:42:00)-上百留学生包机回国(2020-07-14 09:10:00)"
    )
    text = (
        f"滾動新聞:\n{ticker}\n您當前的位置:首頁 → > 要聞\n\n本報今舉行創刊100週年大慶\n\n"
        "2019年11月19日 05:08 稿件来源:某某商報\n\n" + BODY + "\n"
    )
    assert reason(text, 1) == "menu"
    assert title(text) == "本報今舉行創刊100週年大慶"
    # a sentence that gives one stamp in brackets is text
    told = "停水公告已于网上发布(2020-07-15 10:42:00),请市民留意本周的分区供水安排,届时各小区将轮流供水。"
    assert reason(f"{told}\n{BODY}\n", 0) is None


def test_a_gallerys_caption_closed_by_a_bar_is_no_headline():
    events = ("跳水決賽", "藝術體操決賽", "花樣游泳比賽", "拳擊決賽", "舉重比賽", "皮劃艇決賽")
    captions = "".join(f"當地時間8月10日,中國選手在{event}中。 |\n" for event in events)
    body = (
        "比賽最後幾個比賽日,中國體育健兒在跳水、乒乓球、舉重、花樣游泳、藝術體操、拳擊等賽場上奮力拼搏、"
        "連創驚喜,將金牌數提升至40枚,創造了境外參賽的最佳成績。\n"
        "跳水女子三米板決賽中,中國選手以376分的成績奪得金牌,中國跳水隊在該項目上連續第十次奪冠。\n"
    )
    assert title(captions + body) == ""
    found = title("中國體育代表團精彩收官\n“五星紅旗讓我無比自豪!”(奧運看臺)\n" + captions + body)
    assert "中國選手" not in found and found


def test_links_to_a_pages_menus_are_no_headline():
    # a government release: skip links to the search, language and mobile menus, the office's name,
    # a day-first date, then the release's own headline under it
    release = (
        "搜尋目錄\n語言目錄\n流動式目錄\n某某事務處\n26-08-2019\n\n記者會發言全文\n\n"
        "某某司長今日(八月二十六日)聯同多位局長舉行記者會,回應市民近日關注的交通安排及公共設施維修進度。\n"
    )
    assert reason(release, 0) == "toolbar"
    assert reason(release, 2) == "toolbar"
    assert title(release) == "記者會發言全文"
    # a headline that names a catalogue is still a headline
    assert reason("某某市公布第二批非遗项目名录\n\n" + BODY + "\n", 0) is None


def test_a_headline_with_its_stamp_in_chinese_numerals_on_one_line():
    # a forum's repost: the headline and the post's stamp written in characters share the first line
    post = (
        "某县境内客车出轨多人遇难 二零一零年五月二十三日 下午五时十九分\n\n"
        "据当地消息,今天凌晨两点左右,一列客车在某县境内因山体滑坡脱轨,救援仍在进行。\n"
    )
    assert title(post) == "某县境内客车出轨多人遇难"
    # a sentence that ends on a date in characters is no headline
    said = "会议定于二零一零年五月二十三日\n\n" + BODY + "\n"
    assert title(said) != "会议定于"
