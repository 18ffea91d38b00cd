#!/bin/sh
# The signing rule implemented independently (openssl + curl) against iwinv-sim:
# a correct request passes; a wrong signature, a 6-minute-old timestamp, an unknown key and the
# 61st request within a minute are rejected with the reference's codes. Also: by default both
# firewall dialects are served, the Content-Type of a request without a body is ignored, and
# --help lists every fault kind.
set -u
sim="$1"
out=$(mktemp)
"$sim" --port 0 --seed 3 >"$out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$out"' EXIT
i=0
until grep -q '^secret key: ' "$out"; do
    i=$((i + 1)); [ $i -gt 100 ] && { echo "iwinv-sim did not start"; cat "$out"; exit 1; }
    sleep 0.1
done
endpoint=$(sed -n 's/^endpoint: //p' "$out")
ak=$(sed -n 's/^access key: //p' "$out")
sk=$(sed -n 's/^secret key: //p' "$out")
fail=0

sign() { printf '%s%s' "$1" "$2" | openssl dgst -sha256 -hmac "$3" | sed 's/^.*= //'; }
request() { # timestamp key signature path [method content-type] -> "status error_code"
    body=$(curl -s -o - -w '\n%{http_code}' -X "${5:-GET}" -H "Content-Type: ${6:-}" \
        -H "X-iwinv-Timestamp: $1" -H "X-iwinv-Credential: $2" -H "X-iwinv-Signature: $3" \
        "$endpoint$4")
    status=$(printf '%s' "$body" | tail -n 1)
    code=$(printf '%s' "$body" | head -n 1 | sed -n 's/.*"error_code":"\([A-Z_]*\)".*/\1/p')
    echo "$status $code"
}
expect() { # name expected actual
    if [ "$2" = "$3" ]; then echo "PASS $1 ($3)"; else echo "FAIL $1: expected '$2', got '$3'"; fail=1; fi
}

# The reference's test vector first: openssl agrees with the documented signature.
expect "reference vector" a30bee50baae0d64246a8541fd7915b6767a1e45ba7a07ab4845096e1897ed3f \
    "$(sign 1710000000 /v1/zones your_secret_key)"

expect "--help lists the endless_pages fault" yes \
    "$("$sim" --help | grep -q endless_pages && echo yes || echo no)"

now=$(date +%s)
expect "signed request" "200 SUCCESS" "$(request "$now" "$ak" "$(sign "$now" /v1/zones "$sk")" /v1/zones)"
expect "query not signed" "200 SUCCESS" \
    "$(request "$now" "$ak" "$(sign "$now" /v1/instances "$sk")" "/v1/instances?page_size=5&status=active")"
expect "/v1/firewall by default" "200 SUCCESS" \
    "$(request "$now" "$ak" "$(sign "$now" /v1/firewall "$sk")" /v1/firewall)"
expect "/v1/security-groups by default" "200 SUCCESS" \
    "$(request "$now" "$ak" "$(sign "$now" /v1/security-groups "$sk")" /v1/security-groups)"
expect "JSON Content-Type on a GET without body" "200 SUCCESS" \
    "$(request "$now" "$ak" "$(sign "$now" /v1/zones "$sk")" /v1/zones GET application/json)"
expect "multipart Content-Type on a GET without body" "200 SUCCESS" \
    "$(request "$now" "$ak" "$(sign "$now" /v1/images "$sk")" /v1/images GET 'multipart/form-data; boundary=x')"
expect "wrong signature" "401 INVALID_SIGNATURE" \
    "$(request "$now" "$ak" "$(sign "$now" /v1/zones wrong-secret)" /v1/zones)"
old=$((now - 360))
expect "timestamp 6 minutes old" "401 CHECK_SIGNATURE" \
    "$(request "$old" "$ak" "$(sign "$old" /v1/zones "$sk")" /v1/zones)"
expect "unknown key" "401 CHECK_CREDENTIAL" \
    "$(request "$now" "NOSUCHKEY" "$(sign "$now" /v1/zones "$sk")" /v1/zones)"

# Six requests so far counted against the key; 54 more fill the minute, the 61st is refused.
n=6
while [ $n -lt 60 ]; do
    now=$(date +%s)
    r=$(request "$now" "$ak" "$(sign "$now" /v1/zones "$sk")" /v1/zones)
    [ "$r" = "200 SUCCESS" ] || { echo "FAIL request $((n + 1)) within the limit: $r"; fail=1; }
    n=$((n + 1))
done
now=$(date +%s)
expect "61st request within a minute" "429 LIMIT_EXCEEDED" \
    "$(request "$now" "$ak" "$(sign "$now" /v1/zones "$sk")" /v1/zones)"
exit $fail
