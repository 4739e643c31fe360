# Text statistics with string, collections, itertools, functools and heapq
import string
import heapq
from collections import Counter, OrderedDict
from itertools import accumulate, chain, islice, pairwise
from functools import lru_cache

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

table = str.maketrans("", "", string.punctuation)
words = text.translate(table).lower().split()
counts = Counter(words)
print(len(words), len(counts), counts.most_common(4))
print(heapq.nlargest(3, counts.items(), key=lambda kv: (kv[1], kv[0])))
print(list(accumulate(len(w) for w in words[:8])), list(islice(chain(words, words), 3)))
bigrams = Counter(pairwise(words))
print(bigrams.most_common(2))
first_seen = OrderedDict()
for w in words:
    first_seen.setdefault(w, len(first_seen))
print(list(first_seen.items())[:5])
print(string.capwords("the season of light"), sorted(set(text) & set(string.ascii_uppercase)))

@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))

print(edit_distance("wisdom", "foolishness"), edit_distance("belief", "incredulity"), edit_distance.cache_info().hits > 0)
