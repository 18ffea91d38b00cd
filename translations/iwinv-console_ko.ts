<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccountController</name>
    <message>
        <source>The keychain does not answer. Trying again in 10 seconds…</source>
        <translation>운영체제 키 저장소가 응답하지 않습니다. 10초 후 다시 시도합니다…</translation>
    </message>
    <message>
        <source>Reading the keys of &quot;%1&quot; from the keychain…</source>
        <translation>운영체제 키 저장소에서 &quot;%1&quot; 프로필의 키를 읽는 중…</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot;</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>&quot;%1&quot; 프로필의 키</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>다시 로그인…</translation>
    </message>
    <message>
        <source>Enter the keys for this session…</source>
        <translation>이번 세션용 키 입력…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Unlock and try again</source>
        <translation>잠금 해제 후 다시 시도</translation>
    </message>
    <message>
        <source>Stay in the demo</source>
        <translation>데모 계속 사용</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>프로필 이름 변경</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>&quot;%1&quot; 프로필의 새 이름:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Sign out of &quot;%1&quot;? Its keys are deleted from this computer&apos;s keychain and the profile is removed. The account and its servers are not affected.</source>
        <translation>&quot;%1&quot; 프로필에서 로그아웃하시겠습니까? 이 컴퓨터의 운영체제 키 저장소에서 키가 삭제되고 프로필이 제거됩니다. 계정과 서버에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time the console starts.</source>
        <translation>변경한 언어는 콘솔을 다시 시작하면 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The file holds no certificate in PEM or DER form.</source>
        <translation>파일에 PEM 또는 DER 형식의 인증서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>BlockStorageModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>존</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Block storage ID</source>
        <translation>블록 스토리지 ID</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>To confirm, type the name: %1</source>
        <extracomment>%1 is the resource&apos;s name, which must be typed</extracomment>
        <translation>확인을 위해 이름을 입력해 주세요: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionCheckDialog</name>
    <message>
        <source>Connection check</source>
        <translation>연결 확인</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>다시 확인(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>결과 복사(&amp;R)</translation>
    </message>
    <message>
        <source>Checking: one signed request to the iwinv API…</source>
        <translation>확인하는 중: iwinv API에 서명된 요청 1건을 보내고 있습니다…</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Requests sent in the last minute. The iwinv API allows 60 a minute per key; the console keeps well below that on its own.</source>
        <translation>최근 1분 동안 보낸 요청 수입니다. iwinv API는 키마다 1분에 60회까지 허용하며, 콘솔이 한도보다 훨씬 적게 요청하도록 자동으로 조절합니다.</translation>
    </message>
    <message>
        <source>API %1/%2 per minute</source>
        <extracomment>the API request budget: requests in the last minute of the 60 allowed</extracomment>
        <translation>API 요청 %1/%2 (분당)</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the server&apos;s</source>
        <translation>
            <numerusform>이 컴퓨터의 시계가 iwinv API 서버보다 %n분 느립니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the server&apos;s</source>
        <translation>
            <numerusform>이 컴퓨터의 시계가 iwinv API 서버보다 %n분 빠릅니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The iwinv API refuses requests whose time is more than 5 minutes off. The console corrects for it, but setting the clock right (automatic time) is safer.</source>
        <translation>iwinv API는 시각이 5분 넘게 차이 나는 요청을 거부합니다. 콘솔이 차이를 보정하지만, 자동 시간 설정을 켜 두는 것이 더 안전합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to slow down: refreshing resumes in %n s</source>
        <translation>
            <numerusform>iwinv API가 요청 속도 제한을 알렸습니다. %n초 후 새로 고침을 재개합니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>in step with the server</source>
        <translation>iwinv API 서버와 일치</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) behind the server</source>
        <translation>
            <numerusform>iwinv API 서버보다 %n분 느림</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ahead of the server</source>
        <translation>
            <numerusform>iwinv API 서버보다 %n분 빠름</numerusform>
        </translation>
    </message>
    <message>
        <source>The keys work. This computer&apos;s clock is %1; the console corrects for it.</source>
        <translation>인증에 성공했습니다. 이 컴퓨터의 시계 차이(%1)는 콘솔이 보정합니다.</translation>
    </message>
    <message>
        <source>The keys work: the iwinv API answered.</source>
        <translation>인증에 성공했습니다. iwinv API가 응답했습니다.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1, more than the 5 minutes the iwinv API allows. Set the clock right (automatic time) and try again.</source>
        <translation>이 컴퓨터의 시계 차이(%1)가 iwinv API가 허용하는 5분을 넘습니다. 자동 시간 설정으로 시계를 맞춘 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The iwinv API refused the request&apos;s time: this computer&apos;s clock is probably more than 5 minutes off. Set the clock right (automatic time) and try again.</source>
        <translation>iwinv API가 요청 시각을 거부했습니다. 이 컴퓨터의 시계가 5분 넘게 차이 나는 것으로 보입니다. 자동 시간 설정으로 시계를 맞춘 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The iwinv API could not be reached at %1. Check the address and your network connection (or proxy).</source>
        <translation>iwinv API(%1)에 연결할 수 없습니다. 주소와 네트워크 연결(또는 프록시)을 확인해 주세요.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>%1 호스트와의 보안 연결에 실패했습니다.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If a company proxy re-signs traffic, add its CA certificate in Settings.</source>
        <translation>%1 호스트와의 보안 연결에 실패했습니다: %2. 회사 프록시가 트래픽을 다시 서명하는 경우 설정에서 해당 프록시의 CA 인증서를 추가해 주세요.</translation>
    </message>
    <message>
        <source>The address must start with https:// (http:// only for this computer).</source>
        <translation>주소는 https://로 시작해야 합니다. (http://는 이 컴퓨터의 주소에만 사용할 수 있습니다.)</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API 주소</translation>
    </message>
    <message>
        <source>Access Key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <source>Not reached: the secure connection failed</source>
        <translation>접속 실패: 보안 연결 실패</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>접속 실패</translation>
    </message>
    <message>
        <source>Reached over a verified secure connection (%1 ms)</source>
        <translation>검증된 보안 연결로 연결됨 (%1ms)</translation>
    </message>
    <message>
        <source>Reached on this computer (%1 ms)</source>
        <translation>로컬 주소에 연결됨 (%1ms)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>확인하지 못함</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>인증 실패</translation>
    </message>
    <message>
        <source>Accepted, but not from this IP address</source>
        <translation>인증됨 (이 IP 주소에서는 사용 불가)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>인증됨</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>This computer&apos;s time</source>
        <translation>이 컴퓨터 시각</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>iwinv API 서버 시각</translation>
    </message>
    <message>
        <source>Not sent by the server</source>
        <translation>정보 없음</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>시계</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>측정 안 됨</translation>
    </message>
    <message>
        <source>Requests in the last minute</source>
        <translation>최근 1분 동안의 요청</translation>
    </message>
    <message>
        <source>%1 of 60</source>
        <translation>60회 중 %1회</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>iwinv Console connection check</source>
        <translation>iwinv 콘솔 연결 확인</translation>
    </message>
    <message>
        <source>The Access Key or Secret Key is wrong: the iwinv API did not accept the signature. Copy both keys again from the iwinv web console.</source>
        <translation>Access Key 또는 Secret Key가 올바르지 않습니다. iwinv API가 서명을 거부했습니다. iwinv 웹 콘솔에서 두 키를 다시 복사해 주세요.</translation>
    </message>
    <message>
        <source>The keys are right, but this key may not be used from this computer&apos;s IP address (CHECK_IP). Allow the address for the key in the iwinv web console.</source>
        <translation>키는 올바르지만 이 컴퓨터의 IP 주소에서는 이 키를 사용할 수 없습니다(CHECK_IP). iwinv 웹 콘솔에서 이 키의 허용 IP에 현재 IP 주소를 추가해 주세요.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 숨기기</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Not given by the server.</source>
        <translation>정보 없음</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No access key is set. Sign in with your iwinv Access Key and Secret Key.</source>
        <translation>Access Key가 설정되지 않았습니다. iwinv의 Access Key와 Secret Key로 로그인해 주세요.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// is allowed only for this computer).</source>
        <translation>API 주소는 https://로 시작해야 합니다. (http://는 이 컴퓨터의 주소에만 사용할 수 있습니다.)</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your network connection and try again.</source>
        <translation>iwinv API에 연결할 수 없습니다. 네트워크 연결을 확인한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>iwinv API 응답 시간이 초과되었습니다. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate could not be verified.</source>
        <translation>보안 연결에 실패했습니다. iwinv API의 인증서를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server tried to redirect the request elsewhere; it was not followed. Check the server address.</source>
        <translation>iwinv API가 요청을 다른 주소로 보내려 했지만 콘솔이 따르지 않았습니다. API 주소를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large and was stopped.</source>
        <translation>iwinv API의 응답이 너무 커서 중단했습니다.</translation>
    </message>
    <message>
        <source>The server rejected the request time. Check that this computer&apos;s clock is correct.</source>
        <translation>iwinv API가 요청 시각을 거부했습니다. 이 컴퓨터의 시계가 정확한지 확인해 주세요.</translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>이미 삭제되었거나 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. The console will continue shortly.</source>
        <translation>짧은 시간에 요청이 너무 많았습니다. 잠시 후 자동으로 계속합니다.</translation>
    </message>
    <message>
        <source>A limit of your account was reached.</source>
        <translation>계정의 사용 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>The server is busy with another task or is being deleted. Try again when it has finished.</source>
        <translation>서버가 다른 작업 중이거나 삭제 중입니다. 작업이 끝난 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>It is still in use. Disconnect it first.</source>
        <translation>아직 사용 중입니다. 먼저 연결을 해제해 주세요.</translation>
    </message>
    <message>
        <source>The server did not accept the values.</source>
        <translation>iwinv에서 입력한 값을 거부했습니다.</translation>
    </message>
    <message>
        <source>This can only be done in the iwinv web console.</source>
        <translation>iwinv 웹 콘솔에서만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>A temporary failure occurred on the server. Please try again later.</source>
        <translation>일시적인 장애가 발생했습니다. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>iwinv API의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1 (iwinv: %2)</source>
        <extracomment>%1 is our explanation, %2 the server&apos;s own message</extracomment>
        <translation>%1 (iwinv: %2)</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>보안 연결에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>This profile is read-only, so nothing was changed. Choose another safety level for the profile to make changes.</source>
        <translation>읽기 전용 프로필이므로 아무것도 변경하지 않았습니다. 변경하려면 프로필의 안전 수준을 바꿔 주세요.</translation>
    </message>
    <message>
        <source>The console could not build this request (an ID is missing), so nothing was sent. Refresh the page and try again.</source>
        <translation>요청에 필요한 ID가 없어 콘솔이 요청을 만들지 못했습니다. 아무것도 전송하지 않았습니다. 화면을 새로 고친 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The Access Key or Secret Key was not accepted. Check the keys issued in the iwinv web console.</source>
        <translation>Access Key 또는 Secret Key가 올바르지 않습니다. iwinv 웹 콘솔에서 발급받은 키를 확인해 주세요.</translation>
    </message>
    <message>
        <source>This key may not be used from this computer&apos;s IP address. Allow the address for the key in the iwinv web console.</source>
        <translation>이 컴퓨터의 IP 주소에서는 이 키를 사용할 수 없습니다. iwinv 웹 콘솔에서 이 키의 허용 IP에 현재 IP 주소를 추가해 주세요.</translation>
    </message>
</context>
<context>
    <name>FirewallModel</name>
    <message>
        <source>Allowed</source>
        <translation>허용</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Inbound rules</source>
        <translation>인바운드 규칙</translation>
    </message>
    <message>
        <source>Outbound rules</source>
        <translation>아웃바운드 규칙</translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation>ICMP</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Firewall ID</source>
        <translation>방화벽 ID</translation>
    </message>
</context>
<context>
    <name>FlavorModel</name>
    <message>
        <source>Spec</source>
        <translation>스펙</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Monthly (excl. VAT)</source>
        <translation>월 요금(부가세 별도)</translation>
    </message>
    <message>
        <source>Hourly (excl. VAT)</source>
        <translation>시간당 요금(부가세 별도)</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>존</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Spec ID</source>
        <translation>스펙 ID</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>₩%1</source>
        <extracomment>an amount in Korean won; %1 is the number with digit grouping</extracomment>
        <translation>%1원</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1GB</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n초 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KST</source>
        <extracomment>a date-time the iwinv API gave, in Korea Standard Time, shown on a computer in another time zone; %1 is the date-time (2024-01-02 03:04)</extracomment>
        <translation>%1 KST</translation>
    </message>
</context>
<context>
    <name>ImageModel</name>
    <message>
        <source>Public</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>MY</source>
        <translation>MY</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>솔루션</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>VDI</source>
        <translation>VDI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>존</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>이미지 ID</translation>
    </message>
</context>
<context>
    <name>InstanceActions</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>재부팅</translation>
    </message>
    <message>
        <source>Delete server…</source>
        <translation>서버 삭제…</translation>
    </message>
    <message>
        <source>Start the server (power on)</source>
        <translation>서버를 시작합니다 (전원 ON)</translation>
    </message>
    <message>
        <source>Shut the server down (power off). It is still billed while off.</source>
        <translation>서버를 정지합니다 (전원 OFF). 정지 중에도 요금이 부과됩니다.</translation>
    </message>
    <message>
        <source>Restart the server</source>
        <translation>서버를 재부팅합니다</translation>
    </message>
    <message>
        <source>Shut down server</source>
        <translation>서버 정지</translation>
    </message>
    <message>
        <source>Shut down &apos;%1&apos;? It is like pressing the power switch, which may corrupt the file system. A stopped server is still billed.</source>
        <extracomment>%1 is the server&apos;s name</extracomment>
        <translation>&apos;%1&apos; 서버를 정지하시겠습니까? 전원 스위치를 누르는 것과 같아 파일 시스템이 손상될 수 있습니다. 정지 중에도 요금이 부과됩니다.</translation>
    </message>
    <message>
        <source>Reboot server</source>
        <translation>서버 재부팅</translation>
    </message>
    <message>
        <source>Reboot &apos;%1&apos;? Its services are unavailable until it is back.</source>
        <translation>&apos;%1&apos; 서버를 재부팅하시겠습니까? 재부팅이 끝날 때까지 서버의 서비스를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation>서버 삭제</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;? A deleted server cannot be restored. Its block storage is kept and detached.</source>
        <translation>&apos;%1&apos; 서버를 삭제하시겠습니까? 삭제한 서버는 복구할 수 없습니다. 연결된 블록 스토리지는 삭제되지 않고 연결 해제됩니다.</translation>
    </message>
</context>
<context>
    <name>InstanceModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>존</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>스펙</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>공인 IP</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>사설 IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Server ID</source>
        <translation>서버 ID</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>The keys of this profile are not in the keychain any more. Sign in again.</source>
        <translation>이 프로필의 키가 더 이상 운영체제 키 저장소에 없습니다. 다시 로그인해 주세요.</translation>
    </message>
    <message>
        <source>The system keychain does not answer (no keyring service is running). You can use the keys for this session only; they are then forgotten when the console closes.</source>
        <translation>운영체제 키 저장소가 응답하지 않습니다. (실행 중인 키링 서비스가 없습니다.) 이번 세션에만 키를 사용할 수 있으며, 콘솔을 닫으면 키가 지워집니다.</translation>
    </message>
    <message>
        <source>The keychain is locked or access to it was refused. Unlock it and try again. The keys themselves are not in question.</source>
        <translation>운영체제 키 저장소가 잠겨 있거나 접근이 거부되었습니다. 잠금을 해제한 뒤 다시 시도해 주세요. 키 자체에는 문제가 없습니다.</translation>
    </message>
    <message>
        <source>The keys could not be saved in the keychain. Nothing was stored; you can try again or use them for this session only.</source>
        <translation>키를 운영체제 키 저장소에 저장할 수 없습니다. 아무것도 저장되지 않았습니다. 다시 시도하거나 이번 세션에만 키를 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The keys could not be removed from the keychain. Remove the entry &quot;iwinv-console&quot; in your keychain manager, or try again.</source>
        <translation>운영체제 키 저장소에서 키를 삭제할 수 없습니다. 키 관리 도구(Linux의 키링, Windows의 자격 증명 관리자 등)에서 &quot;iwinv-console&quot; 항목을 삭제하거나 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The keychain entry of this profile cannot be read. Sign in again to replace it.</source>
        <translation>운영체제 키 저장소에 있는 이 프로필의 항목을 읽을 수 없습니다. 다시 로그인하여 항목을 교체해 주세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>iwinv Console</source>
        <translation>iwinv 콘솔</translation>
    </message>
    <message>
        <source>Demo mode: a simulated iwinv account running on this computer. Nothing you do here reaches real servers.</source>
        <translation>데모 모드: 이 컴퓨터에서 실행되는 가상의 iwinv 계정입니다. 여기에서 하는 작업은 실제 서버에 전혀 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>iwinv Console — Demo</source>
        <translation>iwinv 콘솔 — 데모</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) · updated at %1</source>
        <translation>
            <numerusform>서버 %n대 · %1 업데이트</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the iwinv API cannot be reached. Reconnecting automatically…</source>
        <translation>오프라인: iwinv API에 연결할 수 없습니다. 자동으로 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>Offline: the iwinv API cannot be reached. Showing data from less than a minute ago; reconnecting automatically…</source>
        <translation>오프라인: iwinv API에 연결할 수 없습니다. 1분 이내에 받은 정보를 표시하고 있습니다. 자동으로 다시 연결하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Offline: the iwinv API cannot be reached. Showing data from %n minute(s) ago; reconnecting automatically…</source>
        <translation>
            <numerusform>오프라인: iwinv API에 연결할 수 없습니다. %n분 전에 받은 정보를 표시하고 있습니다. 자동으로 다시 연결하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh this page now (F5)</source>
        <translation>이 화면을 지금 새로 고칩니다 (F5)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>Save this page&apos;s table as shown as a CSV file for Excel</source>
        <translation>이 화면의 표를 보이는 그대로 엑셀용 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the page&apos;s name, %2 its keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Auto refresh: off</source>
        <translation>자동 새로 고침: 끔</translation>
    </message>
    <message>
        <source>Every 10 s</source>
        <translation>10초마다</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>1분마다</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>5분마다</translation>
    </message>
    <message>
        <source>How often the console refreshes this page by itself. While a server is changing it checks every 10 s.</source>
        <translation>이 화면을 자동으로 새로 고치는 간격입니다. 서버 상태가 바뀌는 동안에는 10초마다 확인합니다.</translation>
    </message>
    <message>
        <source>iwinv Console — %1</source>
        <extracomment>%1 is the account (profile) in use</extracomment>
        <translation>iwinv 콘솔 — %1</translation>
    </message>
</context>
<context>
    <name>NamedModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록일</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>Create server</source>
        <translation>서버 생성</translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation>서버 삭제</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>서버 시작</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>서버 정지</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>서버 재부팅</translation>
    </message>
    <message>
        <source>Reinstall OS</source>
        <translation>OS 재설치</translation>
    </message>
    <message>
        <source>Change spec</source>
        <translation>스펙 변경</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: sending…</source>
        <extracomment>%1 is the action (&quot;Reboot&quot;, &quot;Attach block storage&quot;), %2 the name of the server, block storage or firewall</extracomment>
        <translation>[%1] &apos;%2&apos;: 요청을 보내는 중…</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the answer was lost; the result is unknown, checking…</source>
        <translation>[%1] &apos;%2&apos;: 응답을 받지 못해 결과를 알 수 없습니다. 확인하는 중…</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: in progress (%3)</source>
        <extracomment>%3 is the resource&apos;s status, e.g. &quot;Working&quot;</extracomment>
        <translation>[%1] &apos;%2&apos;: 진행 중 (%3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is taking longer than expected; still checking.</source>
        <translation>[%1] &apos;%2&apos;: 예상보다 오래 걸리고 있습니다. 계속 확인하는 중입니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: done.</source>
        <translation>[%1] &apos;%2&apos;: 완료되었습니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; ended with the server in an error state.</source>
        <translation>[%1] &apos;%2&apos;: 작업 후 오류 상태가 되었습니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the server no longer exists (it was deleted elsewhere).</source>
        <translation>[%1] &apos;%2&apos;: 다른 곳에서 삭제되어 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; was not carried out. You can try again.</source>
        <translation>[%1] &apos;%2&apos;: 작업이 실행되지 않았습니다. 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; failed: %3</source>
        <extracomment>%3 explains why</extracomment>
        <translation>[%1] &apos;%2&apos;: 실패했습니다. %3</translation>
    </message>
    <message>
        <source>Add block storage</source>
        <translation>블록 스토리지 추가</translation>
    </message>
    <message>
        <source>Delete block storage</source>
        <translation>블록 스토리지 삭제</translation>
    </message>
    <message>
        <source>Attach block storage</source>
        <translation>블록 스토리지 연결</translation>
    </message>
    <message>
        <source>Detach block storage</source>
        <translation>블록 스토리지 연결 해제</translation>
    </message>
    <message>
        <source>Edit block storage</source>
        <translation>블록 스토리지 수정</translation>
    </message>
    <message>
        <source>Create firewall</source>
        <translation>방화벽 생성</translation>
    </message>
    <message>
        <source>Delete firewall</source>
        <translation>방화벽 삭제</translation>
    </message>
    <message>
        <source>Attach firewall</source>
        <translation>방화벽 연결</translation>
    </message>
    <message>
        <source>Detach firewall</source>
        <translation>방화벽 연결 해제</translation>
    </message>
    <message>
        <source>Edit firewall</source>
        <translation>방화벽 수정</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>서버 수정</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: in progress…</source>
        <translation>[%1] &apos;%2&apos;: 진행 중…</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; ended with the block storage in an error state.</source>
        <translation>[%1] &apos;%2&apos;: 작업 후 오류 상태가 되었습니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the block storage no longer exists (it was deleted elsewhere).</source>
        <translation>[%1] &apos;%2&apos;: 다른 곳에서 삭제되어 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the firewall no longer exists (it was deleted elsewhere).</source>
        <translation>[%1] &apos;%2&apos;: 다른 곳에서 삭제되어 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the result could not be confirmed; no change is visible yet.</source>
        <translation>[%1] &apos;%2&apos;: 결과를 확인할 수 없습니다. 아직 변화가 보이지 않습니다.</translation>
    </message>
</context>
<context>
    <name>PageSpecs</name>
    <message>
        <source>Servers</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Block storage</source>
        <translation>블록 스토리지</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>방화벽</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>서버 스펙</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>존</translation>
    </message>
    <message>
        <source>SSH Keys</source>
        <translation>SSH Key</translation>
    </message>
    <message>
        <source>User scripts</source>
        <translation>사용자 스크립트</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>전체 존</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <source>All OS</source>
        <translation>전체 OS</translation>
    </message>
    <message>
        <source>There is no block storage yet.</source>
        <translation>등록된 블록 스토리지가 없습니다.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>전체 종류</translation>
    </message>
    <message>
        <source>There are no firewalls yet.</source>
        <translation>등록된 방화벽이 없습니다.</translation>
    </message>
    <message>
        <source>No images are offered for this account.</source>
        <translation>이 계정에서 사용할 수 있는 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>전체 유형</translation>
    </message>
    <message>
        <source>Public and MY</source>
        <translation>기본 및 MY</translation>
    </message>
    <message>
        <source>No specs are offered for this account.</source>
        <translation>이 계정에서 사용할 수 있는 서버 스펙이 없습니다.</translation>
    </message>
    <message>
        <source>No zones are available to this account.</source>
        <translation>이 계정에서 사용할 수 있는 존이 없습니다.</translation>
    </message>
    <message>
        <source>There are no SSH keys yet. Add them in the iwinv web console.</source>
        <translation>등록된 SSH Key가 없습니다. iwinv 웹 콘솔에서 추가해 주세요.</translation>
    </message>
    <message>
        <source>There are no user scripts yet. Add them in the iwinv web console.</source>
        <translation>등록된 사용자 스크립트가 없습니다. iwinv 웹 콘솔에서 추가해 주세요.</translation>
    </message>
    <message>
        <source>User scripts are not available for this account: the iwinv API does not list them for this key. Everything else works as usual.</source>
        <translation>이 계정에서는 사용자 스크립트를 사용할 수 없습니다. iwinv API가 이 키로는 사용자 스크립트 목록을 제공하지 않습니다. 다른 기능은 평소처럼 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>There are no servers yet. Servers you create in the iwinv web console appear here.</source>
        <translation>등록된 서버가 없습니다. iwinv 웹 콘솔에서 생성한 서버가 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>ProfileNames</name>
    <message>
        <source>Give the profile a name, such as &quot;Work&quot; or &quot;Production&quot;.</source>
        <translation>프로필 이름을 입력해 주세요. (예: &quot;회사&quot;, &quot;운영&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the demo&apos;s name. Choose another name.</source>
        <translation>&quot;%1&quot; 이름은 데모 계정에서 사용 중입니다. 다른 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>A profile with this name exists already. Choose another name.</source>
        <translation>같은 이름의 프로필이 이미 있습니다. 다른 이름을 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Demo account</source>
        <translation>데모 계정</translation>
    </message>
    <message>
        <source>From the environment (%1)</source>
        <translation>환경 변수 (%1)</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>%1 (이번 세션)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Production (type the name to confirm)</source>
        <translation>운영 환경 (이름을 입력해 확인)</translation>
    </message>
    <message>
        <source>Read-only (no changes)</source>
        <translation>읽기 전용 (변경 불가)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>운영 환경</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>The account in use: %1</source>
        <translation>사용 중인 계정: %1</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 변경…</translation>
    </message>
    <message>
        <source>Safety level</source>
        <translation>안전 수준</translation>
    </message>
    <message>
        <source>Sign out and forget the keys</source>
        <translation>로그아웃 및 키 삭제</translation>
    </message>
    <message>
        <source>Connection check…</source>
        <translation>연결 확인…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
</context>
<context>
    <name>ResourceDetails</name>
    <message>
        <source>%1 (excl. VAT) · %2 (incl. VAT)</source>
        <extracomment>%1 price without VAT, %2 with VAT</extracomment>
        <translation>%1 (부가세 별도) · %2 (부가세 포함)</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>월 요금</translation>
    </message>
    <message>
        <source>Hourly price</source>
        <translation>시간당 요금</translation>
    </message>
    <message>
        <source>Daily price</source>
        <translation>일 단위 요금</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <extracomment>%1 is the price type as the server wrote it</extracomment>
        <translation>요금 (%1)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>존</translation>
    </message>
    <message>
        <source>Server ID</source>
        <translation>서버 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>정지 일시</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>스펙</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>공인 IP</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>사설 IP</translation>
    </message>
    <message>
        <source>Netmask / gateway</source>
        <translation>넷마스크 / 게이트웨이</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>방화벽</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Block storage</source>
        <translation>블록 스토리지</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>접속 정보</translation>
    </message>
    <message>
        <source>Default account</source>
        <translation>기본 계정</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>초기 비밀번호</translation>
    </message>
    <message>
        <source>Console link</source>
        <translation>VNC 콘솔 링크</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>미연결</translation>
    </message>
    <message>
        <source>Block storage ID</source>
        <translation>블록 스토리지 ID</translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation>ICMP</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>허용</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Firewall ID</source>
        <translation>방화벽 ID</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>인바운드</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>아웃바운드</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <extracomment>a firewall rule: direction, protocol, port, address range</extracomment>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>No rules yet.</source>
        <translation>등록된 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>이미지 종류</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>존</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>이미지 ID</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>MY image</source>
        <translation>MY 이미지</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>삭제 보호</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation>최소 디스크</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>파일 크기</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Spec ID</source>
        <translation>스펙 ID</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>요금</translation>
    </message>
    <message>
        <source>Not given by the server</source>
        <translation>정보 없음</translation>
    </message>
    <message numerus="yes">
        <source>Supported images (%n)</source>
        <translation>
            <numerusform>지원 이미지 (%n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>SSH Key</source>
        <translation>SSH Key</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>SSH Key ID</source>
        <translation>SSH Key ID</translation>
    </message>
    <message>
        <source>SSH keys are added in the iwinv web console.</source>
        <translation>SSH Key는 iwinv 웹 콘솔에서 추가합니다.</translation>
    </message>
    <message>
        <source>User script</source>
        <translation>사용자 스크립트</translation>
    </message>
    <message>
        <source>Script ID</source>
        <translation>스크립트 ID</translation>
    </message>
    <message>
        <source>User scripts are added in the iwinv web console.</source>
        <translation>사용자 스크립트는 iwinv 웹 콘솔에서 추가합니다.</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>표시할 열을 선택합니다</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>Save the table as shown (columns, filter, order) as a CSV file for Excel</source>
        <translation>표를 보이는 그대로(열, 필터, 정렬) 엑셀용 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>행을 선택하면 상세 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>%1 is an age such as &quot;12 s ago&quot;</extracomment>
        <translation>%1 업데이트</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <source>Offline: nothing could be loaded yet. The console keeps trying and fills this page as soon as the iwinv API answers.</source>
        <translation>오프라인: 아직 아무 정보도 불러오지 못했습니다. 콘솔이 계속 시도하며, iwinv API의 응답이 오는 즉시 정보를 표시합니다.</translation>
    </message>
    <message>
        <source>Press F5 to try again.</source>
        <translation>F5를 눌러 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>No results. Clear the search or the filters to see everything.</source>
        <translation>검색 결과가 없습니다. 검색어나 필터를 지우면 전체가 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n개 항목의 정보를 읽을 수 없어 표시하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>이미 삭제되었거나 존재하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n개 행을 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>이름 복사</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID 복사</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 is a column such as &quot;Public IP&quot;</extracomment>
        <translation>%1 복사</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>행 복사</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n개 행을 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>파일을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Copied the name.</source>
        <translation>이름을 복사했습니다.</translation>
    </message>
    <message>
        <source>Copied the ID.</source>
        <translation>ID를 복사했습니다.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <extracomment>%1 is a column such as &quot;Public IP&quot;</extracomment>
        <translation>%1 값을 복사했습니다.</translation>
    </message>
    <message>
        <source>Opening the account: reading its keys…</source>
        <translation>계정 불러오는 중: 운영체제 키 저장소에서 키를 읽고 있습니다…</translation>
    </message>
    <message>
        <source>The table shows what was received before. Press F5 to try again.</source>
        <translation>표에는 이전에 받은 정보가 표시되어 있습니다. F5를 눌러 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>That row is gone from the table: nothing was copied.</source>
        <translation>해당 행이 표에서 사라져 아무것도 복사하지 않았습니다.</translation>
    </message>
    <message>
        <source>This list is not available for this account.</source>
        <translation>이 계정에서는 이 목록을 사용할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n row(s) are shown: the iwinv API kept sending more, so the console stopped reading this list.</source>
        <translation>
            <numerusform>처음 %n개 행만 표시합니다. iwinv API가 계속 더 많은 항목을 보내 와서 콘솔이 이 목록 읽기를 중단했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>The console follows the light or dark palette of your desktop.</source>
        <translation>콘솔은 데스크톱의 밝은 테마 또는 어두운 테마를 따릅니다.</translation>
    </message>
    <message>
        <source>&amp;Auto refresh:</source>
        <translation>자동 새로 고침(&amp;A):</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>프록시:</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>시스템 프록시 설정 사용</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>프록시 사용 안 함</translation>
    </message>
    <message>
        <source>Manual (HTTP proxy):</source>
        <translation>수동 설정 (HTTP 프록시):</translation>
    </message>
    <message>
        <source>E&amp;xtra CA certificate:</source>
        <translation>추가 CA 인증서(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>For a company proxy that inspects TLS. Certificates are added to the system&apos;s; a certificate error is never ignored.</source>
        <translation>TLS를 검사하는 회사 프록시용입니다. 인증서는 시스템 인증서에 추가되며, 인증서 오류는 절대 무시하지 않습니다.</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>확인 절차</translation>
    </message>
    <message>
        <source>Ask before shutting down or rebooting a server</source>
        <translation>서버를 정지하거나 재부팅하기 전에 확인</translation>
    </message>
    <message>
        <source>Deleting always asks for the server&apos;s name, and a production profile asks for it before every shutdown and reboot too.</source>
        <translation>삭제할 때는 항상 서버 이름을 입력해야 하며, 운영 환경 프로필에서는 정지와 재부팅 전에도 매번 서버 이름을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Every 10 s</source>
        <translation>10초마다</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>1분마다</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>5분마다</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>없음: 시스템 인증서만 사용</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>CA 인증서 선택</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer *.der);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address, or choose another proxy setting.</source>
        <translation>프록시의 호스트 이름이나 주소를 입력하거나 다른 프록시 설정을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name or address, such as proxy.example.com, without http:// or a path.</source>
        <translation>http://나 경로 없이 프록시의 호스트 이름이나 주소만 입력해 주세요. (예: proxy.example.com)</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be used: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation>인증서 파일(%1)을 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The new language takes effect the next time the console starts.</source>
        <translation>변경한 언어는 콘솔을 다시 시작하면 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to iwinv</source>
        <translation>iwinv 로그인</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>e.g. Work, Production</source>
        <translation>예: 회사, 운영</translation>
    </message>
    <message>
        <source>Access Key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API 주소</translation>
    </message>
    <message>
        <source>Remember on this computer (in the keychain)</source>
        <translation>이 컴퓨터에 저장 (운영체제 키 저장소)</translation>
    </message>
    <message>
        <source>This session only (forgotten when the console closes)</source>
        <translation>이번 세션에만 사용 (콘솔을 닫으면 삭제)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Enter the Access Key.</source>
        <translation>Access Key를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter the Secret Key.</source>
        <translation>Secret Key를 입력해 주세요.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (http:// only for this computer).</source>
        <translation>API 주소는 https://로 시작해야 합니다. (http://는 이 컴퓨터의 주소에만 사용할 수 있습니다.)</translation>
    </message>
    <message>
        <source>Keys of &quot;%1&quot; for this session</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>이번 세션용 &quot;%1&quot; 프로필 키</translation>
    </message>
    <message>
        <source>The keychain cannot give the keys of this profile now. Enter them again to work with it until the console closes; they are kept in memory only.</source>
        <translation>지금은 운영체제 키 저장소에서 이 프로필의 키를 가져올 수 없습니다. 키를 다시 입력하면 콘솔을 닫을 때까지 이 프로필을 사용할 수 있습니다. 키는 메모리에만 보관됩니다.</translation>
    </message>
    <message>
        <source>Sign in to &quot;%1&quot; again</source>
        <translation>&quot;%1&quot; 프로필에 다시 로그인</translation>
    </message>
    <message>
        <source>The keychain has no keys for this profile (they may have been deleted outside the console). Enter them again.</source>
        <translation>운영체제 키 저장소에 이 프로필의 키가 없습니다. (콘솔 밖에서 삭제되었을 수 있습니다.) 키를 다시 입력해 주세요.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>테스트하는 중…</translation>
    </message>
    <message>
        <source>Enter the Access Key and Secret Key issued in the iwinv web console (Account → API). The Secret Key is kept in this computer&apos;s keychain and is never shown again.</source>
        <translation>iwinv 웹 콘솔(계정 → API)에서 발급받은 Access Key와 Secret Key를 입력해 주세요. Secret Key는 이 컴퓨터의 운영체제 키 저장소에 보관되며 다시 표시되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SshKeyModel</name>
    <message>
        <source>SSH Key ID</source>
        <translation>SSH Key ID</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Running</source>
        <translation>운영 중</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>작업 중</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>생성 중</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>미연결</translation>
    </message>
    <message>
        <source>Attaching</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>Detaching</source>
        <translation>연결 해제 중</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>품절</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>점검 중</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
</context>
<context>
    <name>UserScriptModel</name>
    <message>
        <source>Script ID</source>
        <translation>스크립트 ID</translation>
    </message>
</context>
<context>
    <name>ZoneModel</name>
    <message>
        <source>Zone</source>
        <translation>존</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>안내</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>iwinv Console</source>
        <translation>iwinv 콘솔</translation>
    </message>
    <message>
        <source>The demo account could not start: no local network port is available.</source>
        <translation>데모 계정을 시작할 수 없습니다. 사용할 수 있는 로컬 네트워크 포트가 없습니다.</translation>
    </message>
    <message>
        <source>The extra CA certificate %1 was not loaded: %2</source>
        <translation>추가 CA 인증서(%1)를 불러오지 못했습니다: %2</translation>
    </message>
</context>
</TS>
