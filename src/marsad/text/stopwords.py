"""Arabic function words in search form (alef, ya and ta marbuta folded), left out of story terms.

Written for this project (not copied from a list): particles, pronouns, demonstratives, relatives,
prepositions with their common attached forms, and the reporting verbs every news article uses.
IDF weighting does the rest, so the list stays short.
"""
from __future__ import annotations

from ..text.normalize import search_form

_WORDS = """
في من الي علي عن مع منذ حتي خلال بين عند لدي لدي نحو ضد عبر دون بعد قبل فوق تحت امام خلف حول
و ف ب ل ك او ام ثم بل لكن لكن اما اذا اذ ان انه انها انهم انما لان كان كانت كانوا يكون تكون
قد لقد لم لن لا ما ماذا متي اين كيف هل ليس ليست غير سوي الا كل بعض اي ايضا كما مثل
هذا هذه ذلك تلك هؤلاء اولئك هنا هناك هو هي هم هن هما نحن انا انت انتم
الذي التي الذين اللذين اللتين اللواتي اللاتي من ما
به بها بهم له لها لهم لنا عليه عليها عليهم فيه فيها فيهم منه منها منهم عنه عنها عنهم اليه اليها اليهم
وفي ومن والي وعلي وعن ومع وقد ولم ولا وما وهو وهي وهم وكان وكانت وان وانه وانها وهذا وهذه وذلك وكل
فان بان لان كان وبين وبعد وقبل وحتي واذا وعند ولكن وايضا
عام العام يوم اليوم امس غدا الان حاليا جدا فقط اكثر اقل اخري اخر
قال وقال قالت وقالت يقول تقول اضاف واضاف اضافت واضافت اكد واكد اكدت واكدت اشار واشار اشارت واشارت
اوضح واوضح اوضحت واوضحت ذكر وذكر ذكرت وذكرت افاد وافاد افادت وافادت اعلن واعلن اعلنت واعلنت
اي ايه يمكن ضمن لدي الذي والذي والتي التي حيث وحيث بينما فيما كذلك ذات نفس عده عدد
"""

STOPWORDS = frozenset(search_form(w) for w in _WORDS.split())
