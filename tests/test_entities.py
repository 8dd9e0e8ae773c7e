import pytest

from timeline.events.entities import find_entities
from timeline.textprep import to_simplified


def names(text, kind=None):
    return {e["text"] for e in find_entities(text) if kind is None or e["type"] == kind}


def test_people_from_the_tagger():
    people = names("临时党支部书记、湖南省人民医院急诊科主任韩小彤带领专家组。习近平主持会议。", "person")
    assert people == {"韩小彤", "习近平"}


def test_frequent_words_mistagged_as_names_are_dropped():
    text = "全省广大党员坚守在春耕生产一线，递交入党申请书，城市和农村英勇奋战。"
    assert names(text, "person") == set()
    assert names(text, "place") == set()


def test_hospitals_and_party_branches_by_suffix():
    orgs = names("武汉市金银潭医院结核第三党支部、宜昌市第三人民医院党委在救治一线。", "org")
    assert "武汉市金银潭医院" in orgs
    assert "宜昌市第三人民医院" in orgs
    assert "武汉市金银潭医院结核第三党支部" in orgs


def test_split_hospital_names_are_rebuilt():
    text = "2月2日，武汉火神山医院正式交付，雷神山医院加紧建设。"
    assert {"武汉火神山医院", "雷神山医院"} <= names(text, "org")
    # 神山 cut out of 雷神山医院 is not a place
    assert "神山" not in names(text)


def test_generic_institutions_are_not_entities():
    orgs = names("临时党支部书记带队，定点医院增加床位，在一座专门医院救治患者。", "org")
    assert orgs == set()


def test_places_by_suffix_and_dictionary():
    places = names("在殷都区董王度村，湖南省和北京的医疗队赶到黄冈市英山县。", "place")
    assert {"殷都区", "湖南省", "北京", "黄冈市", "英山县"} <= places
    assert "殷都区" not in names("在殷都区董王度村", "person")


def test_no_single_characters():
    assert all(len(e["text"]) >= 2 for e in find_entities("张说，王在武汉。李也来了。"))


def test_traditional_script_gives_the_same_entities():
    traditional = "鄂州市於1月23日實施封城，武漢大學人民醫院感染科黨支部書記張文宏表示。"
    simplified = to_simplified(traditional)
    assert names(traditional) == names(simplified)
    assert {"鄂州市", "武汉大学人民医院"} <= names(traditional)


def test_offsets_point_into_the_given_text():
    text = "華中科技大學同濟醫學院附屬協和醫院1253名黨員遞交請戰書"
    for entity in find_entities(text):
        assert to_simplified(text[entity["start"] : entity["end"]]) == entity["text"]


def test_offsets_survive_inserted_pinyin():
    text = "中國共產(chǎn)黨新聞網(wǎng)報道，習近平強調"
    entities = find_entities(text)
    by_text = {e["text"]: e for e in entities}
    assert "中国共产党" in by_text
    party = by_text["中国共产党"]
    assert text[party["start"] : party["end"]] == "中國共產(chǎn)黨"
    assert "习近平" in by_text


def test_empty_and_punctuation_only():
    assert find_entities("") == []
    assert find_entities("，。！？……") == []


def test_village_names_are_places_not_people():
    text = "在殷都区董王度村，益阳市赫山区龙光桥街道天成村的村民来到蒲安里第二社区。"
    assert {"董王", "龙光桥", "蒲安"}.isdisjoint(names(text, "person"))
    assert {"董王度村", "龙光桥街道", "蒲安里"} <= names(text, "place")


def test_names_jieba_cuts_in_two():
    text = "中国中医科学院首席研究员仝小林到场。大占城村党支部书记李德平的“大喇叭”响了。"
    assert {"仝小林", "李德平"} <= names(text, "person")


def test_common_words_are_not_names():
    text = "拿着额温枪,戴著口罩,张子晨在隔离区巡查,关闭所有非定点商超,各行政村设卡。"
    assert names(text, "person") == {"张子晨"}
    assert names(text, "place") == set()


def test_institution_names_stop_at_verbs_and_ages():
    text = "湘雅二院援同济医院中法新城院区医疗队出发,45岁华中科技大学附属同济医院的医生。"
    orgs = names(text, "org")
    assert "同济医院" in orgs and "华中科技大学附属同济医院" in orgs
    assert not any(name.startswith(("湘雅二院援", "岁")) for name in orgs)


def test_generic_and_counted_institutions_are_dropped():
    text = "接县防疫指挥部通知,社区党支部、镇党委和一家三甲综合医院、两家功能性医院参与,上海第一批援鄂医疗队临时党总支建立。"
    assert names(text, "org") == set()


def test_institution_inside_a_longer_one_is_not_repeated():
    orgs = names("年逾七旬的天津中医药大学校长张伯礼赶赴武汉。", "org")
    assert orgs == {"天津中医药大学"}


def test_a_name_before_a_road_or_site_word_is_the_road_not_a_person():
    # jieba tags 梅大 of 梅大高速 as a person: a road named two ways (梅大高速 / 梅龙高速) then vetoed
    # two outlets' reports of one collapse as two people.
    assert names("5月1日凌晨，梅大高速大埔往福建方向路面塌陷。", "person") == set()
    assert names("S12梅龙高速（梅大段）往福建方向发生地质灾害。", "person") == set()
    assert names("梅龍高速往福建方向路面塌陷。", "person") == set()
    # a person named before other words stays a person
    assert names("韩小彤驾车驶上梅大高速。", "person") == {"韩小彤"}


@pytest.mark.parametrize(
    "text",
    [
        # a storm's name after 台风 or before it: outlets name one storm two ways (康妮 / 康芮)
        "第21號颱風「康芮」今日下午以強颱之姿登陸台東。",
        "台风“康妮”31日下午登陆台湾台东成功镇。",
        "康芮颱風昨下午自台東成功鎮登陸。",
        # an airport named after a person, its place words between (雷根|華盛頓|國家|機場)
        "客機今天晚間在雷根華盛頓國家機場附近與直升機相撞。",
        # a maker before its model's code
        "一架庞巴迪CRJ700支线客机从堪萨斯州起飞。",
    ],
)
def test_a_name_of_a_storm_an_airport_or_a_maker_is_no_person(text):
    assert names(text, "person") == set()


def test_a_storm_and_its_name_after_it_are_no_place():
    # jieba tags 台风 and many storms' names as places (台风/ns, 山竹/ns)
    assert names("今年第22号台风“山竹”16日17时在台山沿海登陆。", "place") == {"台山"}
    # a place before the storm word stays a place
    assert "菲律宾" in names("菲律宾台风灾区的救援仍在进行。", "place")


def test_a_person_before_a_place_or_a_code_of_their_own_stays_a_person():
    assert names("市長朱立倫昨晚趕到八仙樂園現場指揮。", "person") == {"朱立伦"}
    assert names("机长王某驾驶MU5735航班起飞。", "person") == {"王某"}
