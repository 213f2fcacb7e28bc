// The judged query set for search relevance on the pyvideo/data snapshot, written by hand: for
// each query, which talks a person typing it wants to see in the first five results.

/** What makes a result right for a query. */
export type Judgment =
  /** One of these talks (paths). */
  | { readonly paths: readonly string[] }
  /** A talk by this speaker (display name as in speakers). */
  | { readonly speaker: string }
  /** A talk whose title is about the topic. */
  | { readonly title: RegExp };

/** One judged query. */
export interface JudgedQuery {
  readonly q: string;
  readonly kind: "exact title" | "partial title" | "speaker" | "typo" | "topic" | "non-English" | "CJK";
  readonly want: Judgment;
}

/** The judged set. */
export const JUDGMENTS: readonly JudgedQuery[] = [
  // Exact titles.
  { q: "Facts and Myths about Python names and values", kind: "exact title", want: { paths: ["pycon-us-2015/facts-and-myths-about-python-names-and-values"] } },
  { q: "Stop Writing Classes", kind: "exact title", want: { paths: ["pycon-us-2012/stop-writing-classes"] } },
  { q: "Pragmatic Unicode, or, How do I stop the pain?", kind: "exact title", want: { paths: ["pycon-us-2012/pragmatic-unicode-or-how-do-i-stop-the-pain"] } },
  { q: "Transforming Code into Beautiful, Idiomatic Python", kind: "exact title", want: { paths: ["pycon-us-2013/transforming-code-into-beautiful-idiomatic-pytho"] } },
  { q: "Super considered super!", kind: "exact title", want: { paths: ["pycon-us-2015/super-considered-super"] } },
  { q: "Python 3 Metaprogramming", kind: "exact title", want: { paths: ["pycon-us-2013/python-3-metaprogramming"] } },
  { q: "Python's Class Development Toolkit", kind: "exact title", want: { paths: ["pycon-us-2013/pythons-class-development-toolkit"] } },
  { q: "An Introduction to FastAPI", kind: "exact title", want: { paths: ["pycon-us-2021/an-introduction-to-fastapi"] } },
  { q: "Loop like a native", kind: "exact title", want: { paths: ["pycon-us-2013/loop-like-a-native-while-for-iterators-genera"] } },
  { q: "Docker Lessons from Real-World Projects", kind: "exact title", want: { paths: ["djangocon-europe-2017/docker-lessons-from-real-world-projects"] } },
  // Partial titles, as remembered.
  { q: "mighty dictionary", kind: "partial title", want: { paths: ["pycon-us-2010/the-mighty-dictionary-55"] } },
  { q: "beyond pep 8", kind: "partial title", want: { paths: ["pycon-us-2015/beyond-pep-8-best-practices-for-beautiful-inte"] } },
  { q: "understanding the python gil", kind: "partial title", want: { paths: ["pycon-us-2010/pycon-2010--understanding-the-python-gil---82"] } },
  { q: "hitchhikers guide clis", kind: "partial title", want: { title: /hitchhiker.*CLIs/i } },
  { q: "python in prison", kind: "partial title", want: { paths: ["europython-2020/python-in-prison-how-open-source-can-change-a-criminal-justice-system"] } },
  { q: "practical machine learning scikit", kind: "partial title", want: { paths: ["pycon-italia-2018/practical-machine-learning-with-python-and-scikit-learn"] } },
  { q: "games of life generative", kind: "partial title", want: { paths: ["europython-2023/games-of-life-generative-art-in-python"] } },
  { q: "brief history of jupyter", kind: "partial title", want: { paths: ["europython-2020/a-brief-history-of-jupyter-notebooks"] } },
  // Speakers, with and without accents.
  { q: "Raymond Hettinger", kind: "speaker", want: { speaker: "Raymond Hettinger" } },
  { q: "ned batchelder", kind: "speaker", want: { speaker: "Ned Batchelder" } },
  { q: "Łukasz Langa", kind: "speaker", want: { speaker: "Łukasz Langa" } },
  { q: "lukasz langa", kind: "speaker", want: { speaker: "Łukasz Langa" } },
  { q: "Letícia Portella", kind: "speaker", want: { speaker: "Leticia Portella" } },
  { q: "leticia portella", kind: "speaker", want: { speaker: "Leticia Portella" } },
  { q: "gael varoquaux", kind: "speaker", want: { speaker: "Gaël Varoquaux" } },
  { q: "sebastian ramirez", kind: "speaker", want: { speaker: "Sebastián Ramírez" } },
  { q: "jurgen gmach", kind: "speaker", want: { speaker: "Jürgen Gmach" } },
  { q: "carol willing", kind: "speaker", want: { speaker: "Carol Willing" } },
  { q: "mariatta", kind: "speaker", want: { speaker: "Mariatta" } },
  // Typos.
  { q: "asynco", kind: "typo", want: { title: /asyncio/i } },
  { q: "pyhton packaging", kind: "typo", want: { title: /packag/i } },
  { q: "kubernets", kind: "typo", want: { title: /kubernetes/i } },
  { q: "raymond hettnger", kind: "typo", want: { speaker: "Raymond Hettinger" } },
  { q: "djnago rest framework", kind: "typo", want: { title: /django rest framework/i } },
  { q: "metaprograming", kind: "typo", want: { title: /metaprogramming/i } },
  // Topics.
  { q: "docker", kind: "topic", want: { title: /docker/i } },
  { q: "type hints", kind: "topic", want: { title: /type hint/i } },
  { q: "pandas dataframe", kind: "topic", want: { title: /pandas/i } },
  { q: "testing with pytest", kind: "topic", want: { title: /pytest/i } },
  { q: "web scraping", kind: "topic", want: { title: /scrap/i } },
  { q: "micropython", kind: "topic", want: { title: /micropython/i } },
  // Non-English, and transliterated as in the slugs.
  { q: "Programação além de código", kind: "non-English", want: { paths: ["caipyra-2016/programacao-alem-de-codigo"] } },
  { q: "programacao alem de codigo", kind: "non-English", want: { paths: ["caipyra-2016/programacao-alem-de-codigo"] } },
  { q: "Анализ производительности", kind: "non-English", want: { paths: ["minsk-python-meetup/analiz-proizvoditelnosti-locust-pandas"] } },
  { q: "analiz proizvoditelnosti", kind: "non-English", want: { paths: ["minsk-python-meetup/analiz-proizvoditelnosti-locust-pandas"] } },
  { q: "Дескрипторы", kind: "non-English", want: { paths: ["minsk-python-meetup/deskriptory-v-teorii-i-na-praktike"] } },
  { q: "analizando la calidad del aire", kind: "non-English", want: { paths: ["pycon-latam-2019/analizando-la-calidad-del-aire-con-python"] } },
  // CJK: a 2–4 character substring of the title.
  { q: "機械学習", kind: "CJK", want: { title: /機械学習/ } },
  { q: "ハイパーパラメータ", kind: "CJK", want: { paths: ["pycon-jp-2019/ji-jie-xue-xi-niokeruhaipaparametazui-shi-hua-noli-lun-toshi-jian"] } },
  { q: "데이터 분석", kind: "CJK", want: { title: /데이터 ?분석/ } },
  { q: "ディープラーニング", kind: "CJK", want: { title: /ディープラーニング/ } },
  { q: "形態素解析", kind: "CJK", want: { paths: ["pycon-japan-2015/ch12-python-dezuo-tsutexue-buxing-tai-su-jie-xi"] } },
  { q: "파이썬 메모리", kind: "CJK", want: { paths: ["pycon-korea-2015/paisseon-memori-imojeomo"] } },
  { q: "삼총사", kind: "CJK", want: { paths: ["pycon-apac-2016/paisseon-samcongsa"] } },
];
