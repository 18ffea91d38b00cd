#pragma once

#include <QString>

//! Searching that also understands Korean initial consonants (초성): a jamo in the query
//! matches any syllable that starts with it, so "ㅇㅅㅂ" and "웹ㅅㅂ" both find "웹서버" (whose
//! initials are ㅇ·ㅅ·ㅂ); a query of initials alone may also skip syllables inside one word,
//! so "ㅇㅂ" finds "웹서버" too. Other characters compare as they are (callers lower-case).
namespace HangulSearch {
//! The initial consonant (as a compatibility jamo, ㄱ..ㅎ) of a Hangul syllable, or \a c.
[[nodiscard]] QChar initialOf(QChar c);
[[nodiscard]] bool isInitialJamo(QChar c);
//! True when \a query (already lower-cased) occurs in \a text (already lower-cased), a jamo in
//! the query matching any syllable that starts with it.
[[nodiscard]] bool contains(QStringView text, QStringView query);
} // namespace HangulSearch
