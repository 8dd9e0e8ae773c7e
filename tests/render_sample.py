"""A hand-built `timeline events` result for the renderer tests: real-looking Chinese reports on several
dates, one event merged from two documents (simplified and traditional), a month-precision and a
year-precision event, a date range, and one hostile event and document made to break out of escaping."""

from __future__ import annotations

XINHUA = "xinhua/2020-01-23.txt"
MINGPAO = "mingpao_0123.txt"
PEOPLE = "people_0125.txt"
# A file name is data from outside too.
HOSTILE_DOC = 'javascript:alert(1)//"><img src=x onerror=alert(1)>.txt'

# Hostile payloads: if any of them ran, it would mark the page (the browser test looks for the mark);
# alert(1) is there because that is what a real attack tries first.
MARK_SCRIPT = "<script>document.documentElement.setAttribute('data-pwned','1');alert(1)</script>"
MARK_IMG = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','1')\">"
HOSTILE_TITLE = "<script>alert(1)</script>“引号” & \"quotes\" 'x' javascript:alert(1)"
HOSTILE_SENTENCE = (
    "</script>" + MARK_SCRIPT + "2月5日晚9时30分，有人在网上发布" + MARK_IMG + "所谓“内部消息”\u2028& 谣言。"
)

DOCUMENTS: list[dict] = [
    {
        "id": XINHUA,
        "path": "corpus/xinhua/2020-01-23.txt",
        "title": "武汉市新型冠状病毒感染的肺炎疫情防控指挥部通告（第1号）",
        "published": "2020-01-23T02:00",
        "published_basis": "dateline",
        "encoding": "utf-8",
        "script": "hans",
        "text": "全文……",
        "noise_spans": [[0, 3]],
    },
    {
        "id": MINGPAO,
        "path": "corpus/mingpao_0123.txt",
        "title": "武漢今起「封城」 公交地鐵停運",
        "published": "2020-01-23",
        "published_basis": "byline",
        "encoding": "big5",
        "script": "hant",
        "text": "全文……",
        "noise_spans": [],
    },
    {
        "id": PEOPLE,
        "path": "corpus/people_0125.txt",
        "title": "火神山医院建设进展",
        "published": "2020-02-02T18:30",
        "published_basis": "dateline",
        "encoding": "gb18030",
        "script": "hans",
        "text": "全文……",
        "noise_spans": [],
    },
    {
        "id": HOSTILE_DOC,
        "path": "corpus/" + HOSTILE_DOC,
        "title": "</title><script>alert(1)</script>",
        "published": None,
        "published_basis": "none",
        "encoding": "utf-8",
        "script": "hans",
        "text": HOSTILE_SENTENCE,
        "noise_spans": [],
    },
]


def mention(doc: str, sentence: str, text: str, value: str, sentence_start: int = 100) -> dict:
    """A report of an event, with offsets as the pipeline would give them (into the document text)."""
    start = sentence_start + sentence.index(text)
    return {
        "doc": doc,
        "sentence": sentence,
        "text": text,
        "start": start,
        "end": start + len(text),
        "value": value,
    }


EVENTS: list[dict] = [
    {
        "id": "ev-2019-12-pneumonia",
        "date": "2019-12",
        "until": None,
        "time": None,
        "title": "武汉市部分医疗机构陆续出现不明原因肺炎病人",
        "sources": [PEOPLE],
        "mentions": [
            mention(
                PEOPLE,
                "2019年12月以来，武汉市部分医疗机构陆续出现不明原因肺炎病人。",
                "2019年12月",
                "2019-12",
            )
        ],
        "entities": [{"text": "武汉市", "type": "place"}],
        "quantities": [],
    },
    {
        "id": "ev-2019-12-30-notice",
        "date": "2019-12-30",
        "until": None,
        "time": "EV",
        "title": "武汉市卫健委发布关于做好不明原因肺炎救治工作的紧急通知",
        "sources": [PEOPLE],
        "mentions": [
            mention(
                PEOPLE,
                "12月30日晚，武汉市卫健委发布《关于做好不明原因肺炎救治工作的紧急通知》。",
                "12月30日晚",
                "2019-12-30TEV",
            )
        ],
        "entities": [{"text": "武汉市卫健委", "type": "org"}],
        "quantities": [],
    },
    {
        "id": "ev-2020-two-sessions",
        "date": "2020",
        "until": None,
        "time": None,
        "title": "2020年全国两会推迟举行",
        "sources": [PEOPLE],
        "mentions": [mention(PEOPLE, "2020年全国两会推迟举行。", "2020年", "2020")],
        "entities": [],
        "quantities": [],
    },
    {
        "id": "ev-2020-01-20-zhong",
        "date": "2020-01-20",
        "until": None,
        "time": "EV",
        "title": "钟南山接受央视采访时表示新型冠状病毒肺炎存在人传人",
        "sources": [PEOPLE],
        "mentions": [
            mention(
                PEOPLE,
                "1月20日晚，国家卫健委高级别专家组组长钟南山在接受央视采访时表示，新型冠状病毒肺炎存在人传人。",
                "1月20日晚",
                "2020-01-20TEV",
            )
        ],
        "entities": [
            {"text": "国家卫健委", "type": "org"},
            {"text": "钟南山", "type": "person"},
            {"text": "央视", "type": "org"},
        ],
        "quantities": [],
    },
    {
        "id": "ev-2020-01-23-lockdown",
        "date": "2020-01-23",
        "until": None,
        "time": "10:00",
        "title": "武汉全市城市公交、地铁、轮渡、长途客运暂停运营",
        "sources": [XINHUA, MINGPAO],
        "mentions": [
            mention(
                XINHUA,
                "自2020年1月23日10时起，全市城市公交、地铁、轮渡、长途客运暂停运营；无特殊原因，市民不要离开武汉。",
                "2020年1月23日10时",
                "2020-01-23T10:00",
                sentence_start=412,
            ),
            mention(
                MINGPAO,
                "武漢市政府宣佈，1月23日上午10時起，全市公交、地鐵、輪渡及長途客運暫停運營。",
                "1月23日上午10時",
                "2020-01-23T10:00",
                sentence_start=57,
            ),
        ],
        "entities": [{"text": "武汉", "type": "place"}, {"text": "武汉市政府", "type": "org"}],
        "quantities": [],
    },
    {
        "id": "ev-2020-01-24-holiday",
        "date": "2020-01-24",
        "until": "2020-01-30",
        "time": None,
        "title": "春节假期全省各级医疗机构取消休假",
        "sources": [XINHUA],
        "mentions": [
            mention(
                XINHUA,
                "2020年1月24日至1月30日春节假期期间，全省各级医疗机构取消休假。",
                "2020年1月24日至1月30日",
                "2020-01-24",
            )
        ],
        "entities": [],
        "quantities": [],
    },
    {
        "id": "ev-2020-02-02-huoshenshan",
        "date": "2020-02-02",
        "until": None,
        "time": "MO",
        "title": "火神山医院交付使用，设置床位1000张",
        "sources": [PEOPLE],
        "mentions": [
            mention(
                PEOPLE,
                "2月2日上午，火神山医院正式交付使用，设置床位1000张。",
                "2月2日上午",
                "2020-02-02TMO",
            )
        ],
        "entities": [{"text": "火神山医院", "type": "place"}],
        "quantities": [
            {
                "text": "1000张",
                "start": 130,
                "end": 135,
                "value": 1000,
                "min": None,
                "max": None,
                "unit": "张",
                "approx": None,
            }
        ],
    },
    {
        "id": "ev-2020-02-05-hostile",
        "date": "2020-02-05",
        "until": None,
        "time": "21:30",
        "title": HOSTILE_TITLE,
        "sources": [HOSTILE_DOC],
        "mentions": [mention(HOSTILE_DOC, HOSTILE_SENTENCE, "2月5日晚9时30分", "2020-02-05T21:30")],
        "entities": [
            {"text": "<b>钟南山</b>", "type": "person"},
            {"text": "javascript:alert(1)", "type": '"><script>alert(1)</script>'},
        ],
        "quantities": [],
    },
]
