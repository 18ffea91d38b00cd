#include "hangulsearch.h"

#include <array>

namespace HangulSearch {

namespace {
// The 19 initial consonants of modern Hangul, in syllable order, as compatibility jamo.
constexpr std::array<char16_t, 19> kInitials
        = {u'ㄱ', u'ㄲ', u'ㄴ', u'ㄷ', u'ㄸ', u'ㄹ', u'ㅁ', u'ㅂ', u'ㅃ', u'ㅅ',
           u'ㅆ', u'ㅇ', u'ㅈ', u'ㅉ', u'ㅊ', u'ㅋ', u'ㅌ', u'ㅍ', u'ㅎ'};
constexpr char16_t kFirstSyllable = 0xAC00;
constexpr char16_t kLastSyllable = 0xD7A3;
constexpr int kSyllablesPerInitial = 21 * 28;
} // namespace

QChar initialOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u < kFirstSyllable || u > kLastSyllable)
        return c;
    return QChar(kInitials[size_t((u - kFirstSyllable) / kSyllablesPerInitial)]);
}

bool isInitialJamo(QChar c)
{
    for (char16_t j : kInitials) {
        if (c.unicode() == j)
            return true;
    }
    return false;
}

bool contains(QStringView text, QStringView query)
{
    if (query.isEmpty())
        return true;
    bool hasJamo = false;
    for (QChar q : query)
        hasJamo = hasJamo || isInitialJamo(q);
    if (!hasJamo)
        return text.contains(query);
    const qsizetype n = text.size();
    const qsizetype m = query.size();
    // Quick rejection: a query syllable or letter that is nowhere in the text, or a jamo whose
    // syllables are nowhere, cannot match.
    for (QChar q : query) {
        if (!isInitialJamo(q) && !text.contains(q))
            return false;
    }
    bool onlyJamo = true;
    for (QChar q : query)
        onlyJamo = onlyJamo && isInitialJamo(q);
    if (onlyJamo && m > 1) {
        // An abbreviation: the initials in order within one word ("ㅇㅂ" in 웹서버).
        qsizetype j = 0;
        for (qsizetype i = 0; i < n && j < m; ++i) {
            const QChar t = text.at(i);
            if (t.isSpace() || t == u'-' || t == u'_' || t == u'\u0001')
                j = 0;
            else if (initialOf(t) == query.at(j))
                ++j;
        }
        if (j == m)
            return true;
    }
    for (qsizetype i = 0; i + m <= n; ++i) {
        qsizetype j = 0;
        for (; j < m; ++j) {
            const QChar t = text.at(i + j);
            const QChar q = query.at(j);
            if (t == q)
                continue;
            if (isInitialJamo(q) && initialOf(t) == q)
                continue;
            break;
        }
        if (j == m)
            return true;
    }
    return false;
}

} // namespace HangulSearch
