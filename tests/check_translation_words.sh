#!/bin/sh
# Fails when a Korean translation uses a word that shared/design/glossary-ko.md or
# korean-review.md rules out, so their rules hold for every string added later. Only the
# translations are read (not the English sources or the translator comments). The rules:
#  - 인스턴스, 플레이버, 보안 그룹, 타입, 키체인 (the glossary's 서버, 스펙, 방화벽, 종류;
#    키체인 is Apple's word: 운영체제 키 저장소, or 키링 for Linux's service);
#  - 종료 for a shutdown: in a message whose source shuts down, powers off or stops, or next to
#    서버 ("서버 종료", "서버를 종료", "종료된 서버"): the glossary's word is 정지;
#  - a particle alternative such as 은(는), 을(를), 이(가) (after a placeholder the particle
#    cannot be known: a fixed noun follows it instead), and a placeholder directly followed by
#    a particle that depends on it ("%1을", "'%1'이 ");
#  - 서버 for iwinv's API: 서버 directly followed by a word of the API's clock, answers or
#    address (보다, 시각, 시간, 와 일치, 가 알려, 가 제시간, 가 응답, 의 응답, 가 요청, 가 거부,
#    의 인증서, 주소, 에 연결할) unless it is "iwinv API 서버";
#  - iwinv 콘솔에서 / iwinv 콘솔( (iwinv 콘솔 is this application; the website is iwinv 웹 콘솔);
#  - 연결 안 됨 / 연결되지 않음 (one state, one word: 미연결 or 접속 실패), 알려 주지 않
#    (a value the API did not give is 정보 없음), and the literal 제시간에 응답 (the console's
#    wording is 응답 시간이 초과되었습니다) and 스스로 (자동으로).
# Usage: check_translation_words.sh <app>_ko.ts
set -eu
ts="$1"
[ -r "$ts" ] || { echo "cannot read $ts"; exit 1; }

awk -v q="'" '
function unescape(s) {
    gsub(/&quot;/, "\"", s); gsub(/&apos;/, q, s); gsub(/&lt;/, "<", s)
    gsub(/&gt;/, ">", s); gsub(/&amp;/, "\\&", s)
    return s
}
function report(why) {
    printf "%s: \"%s\"\n    -> \"%s\"\n    %s\n", ctx, source, text, why
    bad++
}
function startsWithAny(s, list,    n, words, i) {
    n = split(list, words, "|")
    for (i = 1; i <= n; i++)
        if (index(s, words[i]) == 1)
            return words[i]
    return ""
}
BEGIN {
    RS = "</message>"
    banned = "인스턴스|플레이버|보안 그룹|보안그룹|타입|키체인|연결 안 됨|연결되지 않음|알려 주지 않|iwinv 콘솔에서|iwinv 콘솔(|제시간에 응답|스스로"
    nbanned = split(banned, bannedWords, "|")
    particles = "은(는)|는(은)|을(를)|를(을)|이(가)|가(이)|과(와)|와(과)|(으)로|(이)라"
    nparticles = split(particles, particleForms, "|")
    apiWords = "보다| 시각|시각| 시간|와 일치|가 알려|가 제시간|가 응답|의 응답| 응답|가 요청|가 거부|에서 거부|의 인증서| 인증서| 주소|에 연결할"
    serverShutdown = "서버 종료|서버를 종료|서버가 종료|종료된 서버|서버 강제 종료"
    nshutdown = split(serverShutdown, shutdownWords, "|")
    server = "서버"
    placeholderParticle = "%[0-9n][\"" q "]?(은|는|이|가|을|를|과|와|로|으로)([ .,:;)!?]|$)"
}
{
    record = $0
    if (match(record, /<name>[^<]*<\/name>/))
        ctx = substr(record, RSTART + 6, RLENGTH - 13)
    if (!match(record, /<source>[^<]*<\/source>/))
        next
    source = unescape(substr(record, RSTART + 8, RLENGTH - 17))
    if (!match(record, /<translation[^>]*>/))
        next
    text = substr(record, RSTART + RLENGTH)
    sub(/<\/translation>.*/, "", text)
    gsub(/[ \t\r\n]*<numerusform>/, " | ", text)
    gsub(/<\/numerusform>[ \t\r\n]*/, "", text)
    sub(/^ \| /, "", text)
    text = unescape(text)

    for (i = 1; i <= nbanned; i++)
        if (index(text, bannedWords[i]))
            report("ruled out: " bannedWords[i])
    for (i = 1; i <= nparticles; i++)
        if (index(text, particleForms[i]))
            report("a particle alternative (" particleForms[i] "): put a fixed noun after the placeholder")
    # A placeholder, maybe quoted, then a particle that depends on its last syllable.
    if (match(text, placeholderParticle))
        report("a particle after a placeholder (" substr(text, RSTART, RLENGTH) "): put a fixed noun after it")
    if (index(text, "종료")) {
        shutdown = source ~ /[Ss]hut|[Pp]ower(ed)? off|[Ss]top/
        for (i = 1; i <= nshutdown; i++)
            if (index(text, shutdownWords[i]))
                shutdown = 1
        if (shutdown)
            report("종료 for a shutdown: the word is 정지")
    }
    # 서버 is the server of the person; the API of iwinv (its clock, answers, address) is iwinv API.
    rest = text; done = 0
    while ((i = index(rest, server)) > 0) {
        before = substr(text, 1, done + i - 1)
        after = substr(rest, i + length(server))
        word = startsWithAny(after, apiWords)
        if (word != "" && before !~ /iwinv API $/)
            report("서버 for the API of iwinv (서버" word "): write iwinv API")
        done += i + length(server) - 1
        rest = after
    }
}
END {
    if (bad > 0) {
        printf "%d Korean translation(s) use words the glossary or the review rule out.\n", bad
        exit 1
    }
    print "Korean words as the glossary and the review ask"
}
' "$ts"
