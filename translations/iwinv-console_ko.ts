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
    <name>BillCharts</name>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n item(s))</source>
        <extracomment>the bill&apos;s smaller items together; %n is how many</extracomment>
        <translation>
            <numerusform>기타 (%n개 항목)</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Amount (VAT excluded)</source>
        <translation>금액(부가세 별도)</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>미납</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <source>Bills by month</source>
        <translation>월별 청구 금액</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <extracomment>a part of the bill in the legend: its name and its share</extracomment>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>By kind of service</source>
        <translation>서비스 종류별</translation>
    </message>
    <message>
        <source>Largest items</source>
        <translation>금액이 큰 항목</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>이번 달 누적 요금</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>예상 요금</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>예상 범위</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <extracomment>the x axis of the burn line</extracomment>
        <translation>날짜(일)</translation>
    </message>
    <message>
        <source>This month (%1)</source>
        <translation>이번 달 (%1)</translation>
    </message>
</context>
<context>
    <name>BillCsv</name>
    <message>
        <source>Bill</source>
        <translation>청구 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>청구일</translation>
    </message>
    <message>
        <source>Usage start</source>
        <translation>사용 시작일</translation>
    </message>
    <message>
        <source>Usage end</source>
        <translation>사용 종료일</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>결제 상태</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>결제일</translation>
    </message>
    <message>
        <source>Price (VAT excluded)</source>
        <translation>금액(부가세 별도)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <source>Payment (VAT included)</source>
        <translation>결제 금액(부가세 포함)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스 ID</translation>
    </message>
</context>
<context>
    <name>BillDetailPane</name>
    <message>
        <source>Group / item</source>
        <translation>구분 / 항목</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>사용 기간</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Choose a bill to see its items.</source>
        <translation>청구 내역을 선택하면 세부 항목이 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 + VAT %2 = %3</source>
        <extracomment>%1 without VAT, %2 the VAT, %3 with VAT</extracomment>
        <translation>%1 + 부가세 %2 = %3</translation>
    </message>
    <message>
        <source>Usage %1 – %2 · billed %3</source>
        <extracomment>%1 and %2 are the first and last day billed</extracomment>
        <translation>사용 기간 %1 ~ %2 · 청구일 %3</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>미납</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>결제 완료 (%1)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>청구서</translation>
    </message>
    <message>
        <source>Tax invoice</source>
        <translation>세금계산서</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a group of the bill and how many services it has</extracomment>
        <translation>%1 (%2개)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Select %1 on its page (double-click)</source>
        <translation>해당 목록에서 %1 항목을 선택합니다 (더블클릭)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a part of the bill in its tooltip: its name and its amount</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BillListView</name>
    <message>
        <source>any</source>
        <translation>지정 안 함</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>전체 종류</translation>
    </message>
    <message>
        <source>Paid or not</source>
        <translation>전체 결제 상태</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Billed from</source>
        <translation>청구일</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Amount (VAT excl.)</source>
        <extracomment>the amount filter: from ... to ... (VAT excluded)</extracomment>
        <translation>금액(부가세 별도)</translation>
    </message>
    <message>
        <source>Reading the bills…</source>
        <translation>청구 내역을 불러오는 중…</translation>
    </message>
    <message>
        <source>The bills are not available for this access key.</source>
        <translation>이 Access Key로는 청구 내역을 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>No bills match.</source>
        <translation>조건에 맞는 청구 내역이 없습니다.</translation>
    </message>
    <message>
        <source>No bills yet.</source>
        <translation>청구 내역이 없습니다.</translation>
    </message>
    <message>
        <source>No bills of this type or payment status.</source>
        <translation>선택한 종류나 결제 상태의 청구 내역이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a bill to see its items.</source>
        <translation>청구 내역을 선택하면 세부 항목이 표시됩니다.</translation>
    </message>
    <message>
        <source>Reading its items…</source>
        <translation>세부 항목을 불러오는 중…</translation>
    </message>
    <message>
        <source>Its items are not available for this access key (iwinv allows them only from the addresses the key is restricted to).</source>
        <translation>이 Access Key로는 세부 항목을 조회할 수 없습니다. (iwinv에서는 이 키의 허용 IP로 등록된 주소에서만 조회할 수 있습니다.)</translation>
    </message>
</context>
<context>
    <name>BillModel</name>
    <message>
        <source>Regular</source>
        <translation>정기</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>선불</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>미납</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>청구일</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 상태</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>결제 금액</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>결제일</translation>
    </message>
</context>
<context>
    <name>BillProjection</name>
    <message>
        <source>There is no reading of the live bill this month yet, and no earlier bill to go by.</source>
        <translation>이번 달 실시간 요금 조회 기록이 아직 없고, 참고할 이전 청구 내역도 없습니다.</translation>
    </message>
    <message>
        <source>There is no reading of the live bill this month yet: the last bill stands in for it.</source>
        <translation>이번 달 실시간 요금 조회 기록이 아직 없어 지난 청구 금액으로 대신 예상합니다.</translation>
    </message>
    <message>
        <source>It is too early in the month to project, and there is no earlier bill to go by.</source>
        <translation>월초라 아직 예상하기 이르고, 참고할 이전 청구 내역도 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>There are only %n reading(s) of the live bill this month.</source>
        <translation>
            <numerusform>이번 달 실시간 요금 조회 기록이 %n건뿐입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The month has only just begun.</source>
        <translation>이번 달이 막 시작되었습니다.</translation>
    </message>
    <message>
        <source>The last bill is weighed in until there are more readings.</source>
        <translation>조회 기록이 충분히 쌓일 때까지 지난 청구 금액을 함께 반영합니다.</translation>
    </message>
    <message>
        <source>The spending rate changed during the month (servers added, removed or changed): the range spans the month&apos;s rate and the last day&apos;s.</source>
        <translation>이번 달 중에 요금이 늘어나는 속도가 바뀌었습니다 (서버 추가, 삭제 또는 변경). 예상 범위는 이번 달 평균 속도와 최근 하루 속도를 모두 반영합니다.</translation>
    </message>
    <message numerus="yes">
        <source>There was no reading for %n day(s), from %1 to %2: the spending in between is taken as even.</source>
        <extracomment>%n is a number of days; %1 and %2 are the dates of the readings around the gap</extracomment>
        <translation>
            <numerusform>%1 ~ %2 사이 %n일 동안 조회 기록이 없어, 그 기간의 요금은 일정하게 늘어난 것으로 계산했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 파일을 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>요금</translation>
    </message>
    <message>
        <source>Amounts with VAT</source>
        <translation>부가세 포함 금액 표시</translation>
    </message>
    <message>
        <source>Budget…</source>
        <translation>예산…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Bills and payments</source>
        <translation>청구·결제 내역</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>The history of the live bill cannot be kept: %1 The page works without it.</source>
        <translation>실시간 요금 기록을 보관할 수 없습니다: %1 기록이 없어도 이 화면은 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>이번 달 누적 요금</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>월말 예상 요금</translation>
    </message>
    <message>
        <source>Servers a month</source>
        <translation>서버 월 요금</translation>
    </message>
    <message>
        <source>Show stopped servers</source>
        <translation>정지된 서버 보기</translation>
    </message>
    <message>
        <source>%1 (VAT excluded) · %2 with VAT</source>
        <extracomment>%1 the amount without VAT, %2 with VAT</extracomment>
        <translation>%1 (부가세 별도) · %2 (부가세 포함)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>%1 and %2 are the live bill&apos;s first and last day</extracomment>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>조회 시각: %1</translation>
    </message>
    <message>
        <source>Reading the live bill…</source>
        <translation>실시간 요금을 불러오는 중…</translation>
    </message>
    <message>
        <source>Not available for this access key.</source>
        <translation>이 Access Key로는 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>아직 조회하지 않았습니다.</translation>
    </message>
    <message>
        <source>About %1 (between %2 and %3)</source>
        <extracomment>%1 the expected month-end amount, %2 and %3 its likely range</extracomment>
        <translation>약 %1 (%2 ~ %3)</translation>
    </message>
    <message>
        <source>From last month&apos;s bill: too early in the month to tell from this one.</source>
        <translation>지난달 청구 금액을 기준으로 예상했습니다. 이번 달 요금으로 판단하기에는 아직 이릅니다.</translation>
    </message>
    <message>
        <source>From this month so far and last month&apos;s bill.</source>
        <translation>이번 달 누적 요금과 지난달 청구 금액을 기준으로 예상했습니다.</translation>
    </message>
    <message>
        <source>From how this month has gone so far.</source>
        <translation>이번 달 지금까지의 요금 추세를 기준으로 예상했습니다.</translation>
    </message>
    <message>
        <source>No projection yet: it needs a reading of the live bill.</source>
        <translation>아직 예상 요금이 없습니다. 실시간 요금을 한 번 이상 조회해야 합니다.</translation>
    </message>
    <message>
        <source>Over the budget of %1 by about %2.</source>
        <extracomment>%1 the budget, %2 by how much the projection passes it</extracomment>
        <translation>예상 요금이 예산 %1 대비 약 %2 초과합니다.</translation>
    </message>
    <message>
        <source>Budget: %1 a month.</source>
        <translation>예산: 월 %1</translation>
    </message>
    <message>
        <source>Reading the servers…</source>
        <translation>서버 정보를 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n server(s)</source>
        <extracomment>%1 the amount a month, %2 the number of servers</extracomment>
        <translation>
            <numerusform>서버 %n대, 월 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped server(s) still cost %1 a month.</source>
        <translation>
            <numerusform>정지된 서버 %n대에도 요금이 계속 부과됩니다 (월 %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) without a known price are not counted.</source>
        <translation>
            <numerusform>요금 정보가 없는 서버 %n대는 합계에서 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Live bill read %1</source>
        <translation>실시간 요금 조회: %1</translation>
    </message>
    <message>
        <source>That bill is not in the list as filtered now.</source>
        <translation>현재 필터 조건의 목록에는 해당 청구 내역이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 + VAT %3 = %4%5</source>
        <extracomment>a month&apos;s bill in the chart&apos;s tooltip</extracomment>
        <translation>%1: %2 + 부가세 %3 = %4%5</translation>
    </message>
    <message>
        <source> (not paid yet)</source>
        <translation> (미납)</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>월 예산</translation>
    </message>
    <message>
        <source>A budget for this account, in won a month, VAT excluded (0 for none). The page compares the month-end projection with it and says once a month when the projection passes it.</source>
        <translation>이 계정의 월 예산을 원 단위로 입력해 주세요 (부가세 별도, 0이면 예산 없음). 월말 예상 요금을 예산과 비교하여, 예상 요금이 예산을 넘으면 한 달에 한 번 알려 드립니다.</translation>
    </message>
    <message>
        <source>Export bills</source>
        <translation>청구 내역 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Charts as PNG (*.png)</source>
        <translation>CSV (*.csv);;차트 PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>The charts could not be saved in %1.</source>
        <translation>%1 위치에 차트를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장되었습니다.</translation>
    </message>
    <message>
        <source>%1, day %2: %3</source>
        <extracomment>a point of the burn chart: the line, the day of the month, the amount</extracomment>
        <translation>%1, %2일: %3</translation>
    </message>
    <message>
        <source>Saved %1 bills, and the items of the %2 whose details were read (open a bill to read its items).</source>
        <extracomment>%1 bills were exported, the items of %2 of them (those whose details were read)</extracomment>
        <translation>청구 내역 %1건을 저장했습니다. 세부 항목은 조회한 %2건만 포함됩니다(청구 내역을 열면 세부 항목을 조회합니다).</translation>
    </message>
    <message>
        <source>Another account was opened: the budget was not changed.</source>
        <translation>다른 계정이 열려 예산을 변경하지 않았습니다.</translation>
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
    <name>ChoiceDialog</name>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>목록 검색</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>선택 항목</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>CreateServerDialog</name>
    <message>
        <source>Create server</source>
        <translation>서버 생성</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Where should the server run?</source>
        <translation>서버를 생성할 존을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>존</translation>
    </message>
    <message>
        <source>Choose a spec. Prices are per server.</source>
        <translation>스펙을 선택해 주세요. 요금은 서버 1대 기준입니다.</translation>
    </message>
    <message>
        <source>Spec type</source>
        <translation>스펙 종류</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>서버 스펙</translation>
    </message>
    <message>
        <source>Choose an image the spec supports in this zone.</source>
        <translation>이 존에서 선택한 스펙이 지원하는 이미지를 선택해 주세요.</translation>
    </message>
    <message>
        <source>Public or MY images</source>
        <translation>기본 또는 MY 이미지</translation>
    </message>
    <message>
        <source>Image kind</source>
        <translation>이미지 유형</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>운영체제</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Block storage to add</source>
        <translation>추가할 블록 스토리지</translation>
    </message>
    <message>
        <source>Add block storage</source>
        <translation>블록 스토리지 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>SSH Keys to install (optional; several can be chosen)</source>
        <translation>설치할 SSH Key (선택 사항, 여러 개 선택 가능)</translation>
    </message>
    <message>
        <source>SSH Keys</source>
        <translation>SSH Key</translation>
    </message>
    <message>
        <source>User script to run at the first start (optional)</source>
        <translation>처음 시작할 때 실행할 사용자 스크립트 (선택 사항)</translation>
    </message>
    <message>
        <source>User script</source>
        <translation>사용자 스크립트</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>서버 이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Check everything, then create.</source>
        <translation>모든 항목을 확인한 뒤 서버를 생성해 주세요.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Block storage</source>
        <translation>블록 스토리지</translation>
    </message>
    <message>
        <source>SSH Key and script</source>
        <translation>SSH Key 및 스크립트</translation>
    </message>
    <message>
        <source>Name and quantity</source>
        <translation>이름 및 수량</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>최종 확인</translation>
    </message>
    <message>
        <source>not given by iwinv</source>
        <translation>정보 없음</translation>
    </message>
    <message>
        <source>%1 (excl. VAT) · %2 (incl. VAT)</source>
        <extracomment>%1 price without VAT, %2 with VAT</extracomment>
        <translation>%1 (부가세 별도) · %2 (부가세 포함)</translation>
    </message>
    <message>
        <source>Nothing was created: iwinv refused it (%1).</source>
        <extracomment>%1 is iwinv&apos;s own message, shown as it is</extracomment>
        <translation>서버가 생성되지 않았습니다. iwinv에서 요청을 거부했습니다 (%1).</translation>
    </message>
    <message>
        <source>The answer to the create was lost: it is not known yet whether the servers were made. The console is checking the server list and will not send it again. You can close this window.</source>
        <translation>생성 요청에 대한 응답을 받지 못해 서버가 생성되었는지 아직 알 수 없습니다. 콘솔이 서버 목록을 확인하고 있으며 요청을 다시 보내지 않습니다. 이 창을 닫아도 됩니다.</translation>
    </message>
    <message>
        <source>The server list shows that nothing was created. You can try again.</source>
        <translation>서버 목록을 확인한 결과 생성된 서버가 없습니다. 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>전체 종류</translation>
    </message>
    <message>
        <source>Public and MY</source>
        <translation>기본 및 MY</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>전체 유형</translation>
    </message>
    <message>
        <source>All OS</source>
        <translation>전체 OS</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>용량(GB)</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>이름(선택 사항)</translation>
    </message>
    <message>
        <source>This zone is not fully available now (%1): iwinv may refuse to create servers here.</source>
        <translation>이 존은 현재 정상 운영 상태가 아닙니다 (상태: %1). iwinv에서 이 존의 서버 생성을 거부할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n spec(s) are sold out here: shown, but they cannot be chosen.</source>
        <translation>
            <numerusform>이 존에서 품절된 스펙 %n개는 목록에 표시되지만 선택할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This spec supports no image in this zone: choose another spec.</source>
        <translation>이 스펙은 이 존에서 지원하는 이미지가 없습니다. 다른 스펙을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Without a key the server is reached with its initial password (shown in its details once it is made).</source>
        <translation>SSH Key를 선택하지 않으면 초기 비밀번호로 서버에 접속합니다. (초기 비밀번호는 서버가 생성된 뒤 상세 정보에서 확인할 수 있습니다.)</translation>
    </message>
    <message>
        <source>This account has no SSH Key yet. SSH Keys are added in the iwinv web console (SSH Key menu); the server can be reached with its initial password meanwhile.</source>
        <translation>이 계정에 등록된 SSH Key가 없습니다. SSH Key는 iwinv 웹 콘솔의 SSH Key 메뉴에서 추가합니다. 그 전까지는 초기 비밀번호로 서버에 접속할 수 있습니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>User scripts are not available for this account.</source>
        <translation>이 계정에서는 사용자 스크립트를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>This account has no user script. Scripts are added in the iwinv web console.</source>
        <translation>이 계정에 등록된 사용자 스크립트가 없습니다. 사용자 스크립트는 iwinv 웹 콘솔에서 추가합니다.</translation>
    </message>
    <message>
        <source>Block storage made with the server, up to %1 (optional). Each is %2 to %3 GB, in steps of 10 GB, of the default type; another type can be added afterwards from the server&apos;s details.</source>
        <translation>서버를 생성할 때 함께 추가할 블록 스토리지입니다 (선택 사항, 최대 %1개). 기본 종류로 추가되며 용량은 %2~%3GB, 10GB 단위입니다. 다른 종류의 블록 스토리지는 서버 생성 후 서버 상세 정보에서 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Block storage is billed on top of the server; the iwinv API does not give its price.</source>
        <translation>블록 스토리지 요금은 서버 요금과 별도로 부과됩니다. iwinv API에서는 블록 스토리지 요금 정보를 제공하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>iwinv names the %n servers itself (it may number them after this name).</source>
        <translation>
            <numerusform>서버 %n대의 이름은 iwinv에서 자동으로 지정합니다. (이 이름 뒤에 번호가 붙을 수 있습니다.)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a line of the summary: &quot;Zone: kr1-z01&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>선택되지 않음</translation>
    </message>
    <message>
        <source>%1 (%2 vCPU, %3 memory, %4 disk)</source>
        <translation>%1 (vCPU %2, 메모리 %3, 디스크 %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>SSH Key</source>
        <translation>SSH Key</translation>
    </message>
    <message>
        <source>Monthly: %1
Hourly: %2</source>
        <extracomment>%1 is the monthly total (with and without VAT), %2 the hourly one</extracomment>
        <translation>월 요금: %1
시간당 요금: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n servers at %1 each a month)</source>
        <extracomment>%1 is the number of servers, %2 the price of one</extracomment>
        <translation>
            <numerusform>(서버 %n대, 1대당 월 %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Block storage is billed on top.</source>
        <translation>블록 스토리지 요금은 별도로 부과됩니다.</translation>
    </message>
    <message>
        <source>Something is missing: %1</source>
        <translation>아직 완료되지 않은 항목이 있습니다: %1</translation>
    </message>
    <message>
        <source>It could not be sent: another change is on its way.</source>
        <translation>다른 변경 작업이 진행 중이어서 요청을 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>요청을 보내는 중…</translation>
    </message>
    <message>
        <source>The server list cannot show whether the servers were created, so the create is not sent again from here. Look for &apos;%1&apos; in the server list; if it is not there, start a new create.</source>
        <extracomment>%1 is the name the servers were asked for</extracomment>
        <translation>서버 목록으로는 서버가 생성되었는지 확인할 수 없어, 여기에서 생성 요청을 다시 보내지 않습니다. 서버 목록에서 &apos;%1&apos; 이름의 서버를 찾아보고, 없으면 서버를 새로 생성해 주세요.</translation>
    </message>
</context>
<context>
    <name>CreateVolumeDialog</name>
    <message>
        <source>Add block storage</source>
        <translation>블록 스토리지 추가</translation>
    </message>
    <message>
        <source>Block storage is made attached to a server: choose the zone and the server first.</source>
        <translation>블록 스토리지는 서버에 연결된 상태로 추가됩니다. 먼저 존과 서버를 선택해 주세요.</translation>
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
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>용량</translation>
    </message>
    <message>
        <source> GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Size in GB</source>
        <translation>용량(GB)</translation>
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
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Block storage is billed for as long as it exists, attached or not. The iwinv API does not give its price.</source>
        <translation>블록 스토리지는 서버 연결 여부와 관계없이 삭제할 때까지 요금이 부과됩니다. iwinv API에서 요금 정보를 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 to %2 GB</source>
        <translation>%1~%2GB</translation>
    </message>
    <message>
        <source>%1 (%2 to %3 GB)</source>
        <extracomment>a block storage type and its size range</extracomment>
        <translation>%1 (%2~%3GB)</translation>
    </message>
    <message>
        <source>This zone has no server to attach it to.</source>
        <translation>이 존에는 연결할 서버가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a server.</source>
        <translation>서버를 선택해 주세요.</translation>
    </message>
    <message>
        <source>The server is being created or deleted: choose another, or wait.</source>
        <translation>서버가 생성 또는 삭제 중입니다. 다른 서버를 선택하거나 작업이 끝날 때까지 기다려 주세요.</translation>
    </message>
    <message>
        <source>No type is offered in this zone.</source>
        <translation>이 존에서 사용할 수 있는 블록 스토리지 종류가 없습니다.</translation>
    </message>
    <message>
        <source>Reading the types…</source>
        <translation>종류를 불러오는 중…</translation>
    </message>
    <message>
        <source>Give the block storage a name (1 to %1 characters).</source>
        <translation>블록 스토리지 이름을 입력해 주세요. (1~%1자)</translation>
    </message>
    <message>
        <source>It could not be sent: another change is on its way.</source>
        <translation>다른 변경 작업이 진행 중이어서 요청을 보내지 못했습니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>요청을 보내는 중…</translation>
    </message>
    <message>
        <source>The size must be %1 to %2 GB, in steps of %3 GB.</source>
        <translation>용량은 %1~%2GB 사이에서 %3GB 단위로 입력해 주세요.</translation>
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
    <name>DetailButtons</name>
    <message>
        <source>Add block storage…</source>
        <translation>블록 스토리지 추가…</translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation>연결 해제…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>연결…</translation>
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
    <message>
        <source>Read with the initial password</source>
        <translation>초기 비밀번호를 불러올 때 함께 표시됩니다</translation>
    </message>
</context>
<context>
    <name>EditServerDialog</name>
    <message>
        <source>Edit server</source>
        <translation>서버 수정</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>서버 이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Another change of this server is on its way: try again when it has ended.</source>
        <translation>이 서버에 대한 다른 변경 작업이 진행 중입니다. 작업이 끝난 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
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
    <message>
        <source>The address range (CIDR) is not valid, for example 203.0.113.0/24.</source>
        <translation>주소 범위(CIDR)가 올바르지 않습니다. (예: 203.0.113.0/24)</translation>
    </message>
    <message>
        <source>This address range (CIDR) is not registered with iwinv.</source>
        <translation>이 주소 범위(CIDR)는 iwinv에 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>IPv6 is not supported here: use an IPv4 address.</source>
        <translation>여기에서는 IPv6를 지원하지 않습니다. IPv4 주소를 사용해 주세요.</translation>
    </message>
    <message>
        <source>iwinv did not accept the address this request came from.</source>
        <translation>iwinv에서 이 요청을 보낸 IP 주소를 허용하지 않았습니다.</translation>
    </message>
    <message>
        <source>iwinv does not know this Access Key. Check the keys issued in the iwinv web console.</source>
        <translation>iwinv에 등록되지 않은 Access Key입니다. iwinv 웹 콘솔에서 발급받은 키를 확인해 주세요.</translation>
    </message>
    <message>
        <source>A value the request needs was missing, so iwinv did not answer it.</source>
        <translation>요청에 필요한 값이 없어 iwinv에서 요청을 처리하지 않았습니다.</translation>
    </message>
    <message>
        <source>A required field was empty, so nothing was changed.</source>
        <translation>필수 항목이 비어 있어 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>iwinv refused it (for example, the zone&apos;s resources are restricted); nothing was changed.</source>
        <translation>iwinv에서 요청을 거부했습니다 (예: 존의 리소스 제한). 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>This spec is not available there (it may be sold out in this zone). Choose another spec.</source>
        <translation>이 스펙은 해당 존에서 사용할 수 없습니다. (이 존에서 품절되었을 수 있습니다.) 다른 스펙을 선택해 주세요.</translation>
    </message>
    <message>
        <source>One of the values is not valid.</source>
        <translation>입력한 값 중 올바르지 않은 값이 있습니다.</translation>
    </message>
    <message>
        <source>A value is not one of those iwinv allows (they are case-sensitive).</source>
        <translation>iwinv에서 허용하지 않는 값이 있습니다. (대소문자를 구분합니다.)</translation>
    </message>
    <message>
        <source>The spec, image and zone do not fit together. Choose another image or spec.</source>
        <translation>선택한 스펙, 이미지, 존을 함께 사용할 수 없습니다. 다른 이미지나 스펙을 선택해 주세요.</translation>
    </message>
    <message>
        <source>A value is too long or too short.</source>
        <translation>길이가 너무 길거나 짧은 값이 있습니다.</translation>
    </message>
    <message>
        <source>An SSH Key cannot be used (it may have been deleted in the iwinv web console). Choose the keys again.</source>
        <translation>사용할 수 없는 SSH Key가 있습니다. (iwinv 웹 콘솔에서 삭제되었을 수 있습니다.) SSH Key를 다시 선택해 주세요.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>조건에 맞는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>FirewallActions</name>
    <message>
        <source>Create firewall…</source>
        <translation>방화벽 생성…</translation>
    </message>
    <message>
        <source>Edit rules…</source>
        <translation>규칙 수정…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>복제…</translation>
    </message>
    <message>
        <source>Attach to servers…</source>
        <translation>서버에 연결…</translation>
    </message>
    <message>
        <source>Detach from servers…</source>
        <translation>서버에서 연결 해제…</translation>
    </message>
    <message>
        <source>Delete firewall…</source>
        <translation>방화벽 삭제…</translation>
    </message>
    <message>
        <source>The firewall was saved.</source>
        <translation>방화벽이 저장되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n more server(s) follow, one after the other.</source>
        <translation>
            <numerusform>나머지 서버 %n대는 차례로 이어서 처리합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another change of &apos;%1&apos; is on its way.</source>
        <translation>&apos;%1&apos; 방화벽에 대한 다른 변경 작업이 진행 중입니다.</translation>
    </message>
    <message>
        <source>protected by &apos;%1&apos;</source>
        <extracomment>%1 is the other firewall&apos;s name</extracomment>
        <translation>&apos;%1&apos; 방화벽 연결됨</translation>
    </message>
    <message>
        <source>being deleted</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <source>Attach firewall</source>
        <translation>방화벽 연결</translation>
    </message>
    <message>
        <source>Which servers should &apos;%1&apos; protect? A server has one firewall: servers another one protects are shown, not chosen.</source>
        <extracomment>%1 is the firewall&apos;s name</extracomment>
        <translation>&apos;%1&apos; 방화벽을 연결할 서버를 선택해 주세요. 서버 한 대에는 방화벽을 하나만 연결할 수 있으므로, 다른 방화벽이 연결된 서버는 표시만 되고 선택할 수 없습니다.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Detach firewall</source>
        <extracomment>%1 is the firewall, %2 the server</extracomment>
        <translation>방화벽 연결 해제</translation>
    </message>
    <message>
        <source>Which servers should &apos;%1&apos; stop protecting? They are left without a firewall.</source>
        <translation>&apos;%1&apos; 방화벽의 연결을 해제할 서버를 선택해 주세요. 연결을 해제한 서버에는 방화벽이 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <source>Which firewall should protect &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; 서버를 보호할 방화벽을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Detach &apos;%1&apos; from &apos;%2&apos;? The server is left without a firewall.</source>
        <translation>&apos;%2&apos; 서버에서 &apos;%1&apos; 방화벽의 연결을 해제하시겠습니까? 해제하면 이 서버에는 방화벽이 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;? It protects no server.</source>
        <extracomment>%1 is the firewall&apos;s name, %2 the servers it protects</extracomment>
        <translation>&apos;%1&apos; 방화벽을 삭제하시겠습니까? 이 방화벽이 연결된 서버는 없습니다.</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;? These servers lose it and are left without a firewall: %2. iwinv may refuse while it is attached: detach it first then.</source>
        <translation>&apos;%1&apos; 방화벽을 삭제하시겠습니까? 다음 서버에는 방화벽이 적용되지 않게 됩니다: %2. 서버에 연결된 상태에서는 iwinv에서 삭제를 거부할 수 있으며, 이 경우 먼저 연결을 해제해 주세요.</translation>
    </message>
    <message>
        <source>Delete firewall</source>
        <translation>방화벽 삭제</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>요청을 보내는 중…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the server, %2 why the change was refused</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not carried out</source>
        <translation>실행되지 않음</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>연결 해제됨</translation>
    </message>
    <message>
        <source>Sending… %1 of %2 answered.</source>
        <extracomment>%1 answered so far, %2 in all</extracomment>
        <translation>요청을 보내는 중… %2건 중 %1건 응답</translation>
    </message>
    <message>
        <source>Not every change was accepted:
%1</source>
        <translation>일부 변경 사항이 수락되지 않았습니다.
%1</translation>
    </message>
    <message>
        <source>The answer for %1 was lost: the console is checking whether it was done, and will not send it again.</source>
        <extracomment>%1 is the server</extracomment>
        <translation>%1 서버에 대한 응답을 받지 못했습니다. 실행 여부를 확인하는 중이며 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>the list cannot show whether it was done: check it there</source>
        <translation>목록에서 실행 여부를 확인할 수 없습니다. 목록에서 확인해 주세요</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>더 이상 존재하지 않습니다</translation>
    </message>
</context>
<context>
    <name>FirewallEditorDialog</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Firewall name</source>
        <translation>방화벽 이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Allow ICMP (ping)</source>
        <translation>ICMP(ping) 허용</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>규칙 제거</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Your address, e.g. 203.0.113.7</source>
        <translation>내 IP 주소 (예: 203.0.113.7)</translation>
    </message>
    <message>
        <source>The address to allow instead</source>
        <translation>대신 허용할 IP 주소</translation>
    </message>
    <message>
        <source>Only this address</source>
        <translation>이 주소만 허용</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>Steps sent to the server</source>
        <translation>iwinv API에 보내는 작업 단계</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>변경 사항 확인…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Retry what failed</source>
        <translation>실패한 항목 다시 시도</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>인바운드</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>아웃바운드</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 %4 from %5</source>
        <extracomment>a rule in one line: title, direction, protocol, port, source</extracomment>
        <translation>&apos;%1&apos; %2 %3 %4 · IP %5</translation>
    </message>
    <message>
        <source>Create firewall</source>
        <translation>방화벽 생성</translation>
    </message>
    <message>
        <source>Edit firewall</source>
        <translation>방화벽 수정</translation>
    </message>
    <message>
        <source>Duplicate firewall</source>
        <translation>방화벽 복제</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <extracomment>%1 is the firewall copied</extracomment>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>Type or paste an IPv4 address (203.0.113.7) or range (203.0.113.0/24) first.</source>
        <translation>먼저 IPv4 주소(203.0.113.7)나 주소 범위(203.0.113.0/24)를 입력하거나 붙여 넣어 주세요.</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>규칙 가져오기</translation>
    </message>
    <message>
        <source>Firewall rules (*.json)</source>
        <translation>방화벽 규칙 (*.json)</translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>규칙 내보내기</translation>
    </message>
    <message>
        <source>The answer was lost: the console is checking whether it was saved, and will not send it again. You can close this window.</source>
        <translation>응답을 받지 못했습니다. 콘솔이 저장 여부를 확인하는 중이며, 요청을 다시 보내지 않습니다. 이 창을 닫아도 됩니다.</translation>
    </message>
    <message>
        <source>Give the firewall a name.</source>
        <translation>방화벽 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Give the firewall a description: iwinv refuses one without it here.</source>
        <translation>방화벽 설명을 입력해 주세요. 이 방화벽은 설명이 없으면 iwinv에서 거부합니다.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <extracomment>%1 is the rule&apos;s number, %2 what is wrong</extracomment>
        <translation>%1번 규칙: %2</translation>
    </message>
    <message>
        <source>rule %1 opens %2</source>
        <extracomment>%1 is the rule&apos;s number, %2 what it opens (&quot;SSH (22)&quot;)</extracomment>
        <translation>%1번 규칙의 %2</translation>
    </message>
    <message>
        <source>Open to every address on the internet: %1. Allow only your own address instead?</source>
        <translation>다음 규칙이 인터넷의 모든 주소에 열려 있습니다: %1. 대신 내 IP 주소만 허용하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>The new firewall will have %n rule(s). Nothing is sent until you save.</source>
        <translation>
            <numerusform>새 방화벽에 규칙 %n개가 등록됩니다. 저장하기 전에는 아무것도 전송하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>추가: %1</translation>
    </message>
    <message>
        <source>Renamed: %1 → &apos;%2&apos;</source>
        <translation>이름 변경: %1 → &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>제거: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>유지: %1</translation>
    </message>
    <message>
        <source>ICMP (ping) allowed from now on</source>
        <translation>ICMP(ping) 허용으로 변경</translation>
    </message>
    <message>
        <source>ICMP (ping) blocked from now on</source>
        <translation>ICMP(ping) 차단으로 변경</translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation>변경 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>요청을 보내는 중…</translation>
    </message>
    <message>
        <source>Another change of this firewall is on its way.</source>
        <translation>이 방화벽에 대한 다른 변경 작업이 진행 중입니다.</translation>
    </message>
    <message>
        <source>Saving the rules one by one: rules to add first, rules to remove last, so access both sets allow is never cut.</source>
        <translation>규칙을 하나씩 저장하는 중입니다. 추가할 규칙을 먼저 보내고 제거할 규칙을 마지막에 보내므로, 변경 전후에 모두 허용되는 접속은 끊기지 않습니다.</translation>
    </message>
    <message>
        <source>Name, description and ICMP</source>
        <translation>이름, 설명 및 ICMP</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>규칙 추가: %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>규칙 이름 변경: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>규칙 제거: %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>요청을 보내는 중…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>보내지 않음</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>a step of the save and how it went</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not every step was done: what failed is shown. What was done keeps every rule both sets allow. Retry to finish it.</source>
        <translation>일부 단계가 완료되지 않았습니다. 실패한 단계가 표시되어 있습니다. 완료된 단계는 변경 전후에 모두 허용되는 규칙을 그대로 유지합니다. 다시 시도하여 나머지 단계를 완료해 주세요.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s); check them before saving.</source>
        <translation>
            <numerusform>규칙 %n개를 가져왔습니다. 저장하기 전에 확인해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>파일을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <extracomment>%1 is the name&apos;s length, %2 the most allowed</extracomment>
        <translation>이름이 %1자입니다. 최대 %2자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters.</source>
        <translation>설명은 최대 %1자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>It was not saved: the firewall is as it was. You can save again.</source>
        <translation>저장되지 않았습니다. 방화벽은 이전 상태 그대로입니다. 다시 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Reading the firewall as iwinv has it now…</source>
        <translation>iwinv에서 현재 방화벽 정보를 읽는 중…</translation>
    </message>
    <message>
        <source>This firewall no longer exists in iwinv: nothing was sent.</source>
        <translation>이 방화벽은 iwinv에 더 이상 존재하지 않습니다. 아무것도 전송하지 않았습니다.</translation>
    </message>
    <message>
        <source>Saving changes the rules one by one: %1 added, %2 removed, %3 changed, %4 kept. Nothing is sent until you save.</source>
        <extracomment>%1 added, %2 removed, %3 changed, %4 kept (numbers of rules)</extracomment>
        <translation>규칙을 하나씩 변경합니다. 추가 %1개, 제거 %2개, 변경 %3개, 유지 %4개입니다. 저장하기 전에는 아무것도 전송하지 않습니다.</translation>
    </message>
    <message>
        <source>Saving replaces all of the firewall&apos;s rules with these: %1 added, %2 removed, %3 changed, %4 kept. Nothing is sent until you save.</source>
        <extracomment>%1 added, %2 removed, %3 changed, %4 kept (numbers of rules)</extracomment>
        <translation>저장하면 방화벽의 모든 규칙이 아래 규칙으로 교체됩니다. 추가 %1개, 제거 %2개, 변경 %3개, 유지 %4개입니다. 저장하기 전에는 아무것도 전송하지 않습니다.</translation>
    </message>
    <message>
        <source>Changed in iwinv since this window opened: what follows compares with the firewall as it is now.</source>
        <translation>이 창을 연 뒤 iwinv에서 방화벽이 변경되었습니다. 아래 내용은 현재 방화벽과 비교한 결과입니다.</translation>
    </message>
    <message>
        <source>Name: &apos;%1&apos; → &apos;%2&apos;</source>
        <extracomment>the firewall&apos;s name, before and after</extracomment>
        <translation>이름: &apos;%1&apos; → &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Description: &apos;%1&apos; → &apos;%2&apos;</source>
        <translation>설명: &apos;%1&apos; → &apos;%2&apos;</translation>
    </message>
    <message>
        <source>New description: %1 → &apos;%2&apos;</source>
        <extracomment>%1 is the rule, %2 its new description</extracomment>
        <translation>설명 변경: %1 → &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Saving: this window closes when the steps under way have ended.</source>
        <translation>저장 중입니다. 진행 중인 단계가 끝나면 창이 닫힙니다.</translation>
    </message>
    <message>
        <source>This file is not JSON (it cannot be read from character %1 on).</source>
        <translation>JSON 파일이 아닙니다. %1번째 문자부터 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This is not a firewall&apos;s rule set: it needs a name or rules, in the shape of iwinv&apos;s create request (as Export writes it).</source>
        <translation>방화벽 규칙 파일이 아닙니다. iwinv 방화벽 생성 요청 형식(내보내기로 저장한 형식)의 이름이나 규칙이 있어야 합니다.</translation>
    </message>
    <message>
        <source>iwinv accepted the firewall without naming it, so its rules could not be added. Find it in the firewall list and add them there.</source>
        <translation>iwinv에서 방화벽을 생성했지만 응답에 새 방화벽 정보가 없어 규칙을 추가하지 못했습니다. 방화벽 목록에서 해당 방화벽을 찾아 규칙을 추가해 주세요.</translation>
    </message>
    <message>
        <source>No change of the firewall can be seen: close this window and check its rules before editing it again.</source>
        <translation>방화벽에 변경된 내용이 보이지 않습니다. 이 창을 닫고 규칙을 확인한 뒤 다시 수정해 주세요.</translation>
    </message>
    <message>
        <source>The answer was lost: the console is checking whether the firewall was made, and will not send it again. Its rules are added once it is found: keep this window open until then.</source>
        <translation>응답을 받지 못했습니다. 방화벽 생성 여부를 확인하는 중이며 다시 보내지 않습니다. 방화벽이 확인되면 규칙을 추가하므로 그때까지 이 창을 닫지 마세요.</translation>
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
    <name>FormFeedback</name>
    <message>
        <source>The answer was lost: it is not known yet whether the change was made. The console is checking and will not send it again. You can close this window.</source>
        <translation>응답을 받지 못해 변경 사항이 적용되었는지 아직 알 수 없습니다. 콘솔이 확인하고 있으며 요청을 다시 보내지 않습니다. 이 창을 닫아도 됩니다.</translation>
    </message>
    <message>
        <source>The list shows it was not carried out. You can try again.</source>
        <translation>목록을 확인한 결과 작업이 실행되지 않았습니다. 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>The list cannot show whether it was done, so it is not sent again from this window. Check it in the list; if it is still needed, open this window again.</source>
        <translation>목록으로는 작업이 실행되었는지 확인할 수 없어, 이 창에서 요청을 다시 보내지 않습니다. 목록에서 확인한 뒤 여전히 필요하면 이 창을 다시 열어 주세요.</translation>
    </message>
    <message>
        <source>Another create (&apos;%1&apos;) is still on its way: nothing is sent until its answer comes, so nothing is made twice.</source>
        <extracomment>%1 is what the other create makes</extracomment>
        <translation>다른 생성 요청(&apos;%1&apos;)을 아직 보내는 중입니다. 같은 자원이 두 번 생성되지 않도록 응답을 받을 때까지 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Another create (&apos;%1&apos;) lost its answer and may have been carried out: nothing is sent until the list settles it, so nothing is made twice.</source>
        <translation>다른 생성 요청(&apos;%1&apos;)의 응답을 받지 못해 이미 실행되었을 수 있습니다. 같은 자원이 두 번 생성되지 않도록 목록에서 확인될 때까지 보내지 않습니다.</translation>
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
        <source>Delete &apos;%1&apos;? A deleted server cannot be restored.</source>
        <translation>&apos;%1&apos; 서버를 삭제하시겠습니까? 삭제한 서버는 복구할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;? A deleted server cannot be restored. Its block storage is kept and detached, and is still billed until you delete it: %2.</source>
        <extracomment>%1 is the server&apos;s name, %2 its block storage (names and sizes)</extracomment>
        <translation>&apos;%1&apos; 서버를 삭제하시겠습니까? 삭제한 서버는 복구할 수 없습니다. 서버에 연결된 블록 스토리지는 삭제되지 않고 연결 해제되며, 직접 삭제할 때까지 요금이 계속 부과됩니다. 대상 블록 스토리지: %2.</translation>
    </message>
    <message>
        <source>This server has no name. To confirm, type its ID: %1</source>
        <extracomment>%1 is the server&apos;s id, which must be typed</extracomment>
        <translation>이 서버는 이름이 없습니다. 확인을 위해 서버 ID를 입력해 주세요: %1</translation>
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
    <message>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>요금</translation>
    </message>
    <message>
        <source>This month is heading for %1, over the budget of %2.</source>
        <extracomment>%1 the projected month end, %2 the budget</extracomment>
        <translation>이번 달 예상 요금이 예산을 초과합니다: 예상 %1, 예산 %2</translation>
    </message>
    <message>
        <source>%1 is no longer in this account.</source>
        <translation>%1 항목은 이 계정에 더 이상 없습니다.</translation>
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
    <message>
        <source>Adding…</source>
        <translation>추가 중…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>생성 중…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>삭제 중…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message>
        <source>Shutting down…</source>
        <translation>정지 중…</translation>
    </message>
    <message>
        <source>Rebooting…</source>
        <translation>재부팅 중…</translation>
    </message>
    <message>
        <source>Reinstalling the OS…</source>
        <translation>OS 재설치 중…</translation>
    </message>
    <message>
        <source>Changing the spec…</source>
        <translation>스펙 변경 중…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Detaching…</source>
        <translation>연결 해제 중…</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: accepted; looking for the new servers in the list…</source>
        <translation>[%1] &apos;%2&apos;: 요청이 접수되었습니다. 목록에서 새 서버를 찾는 중…</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: accepted; looking for it in the list…</source>
        <translation>[%1] &apos;%2&apos;: 요청이 접수되었습니다. 목록에서 확인하는 중…</translation>
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
    <name>RebuildDialog</name>
    <message>
        <source>Reinstall OS</source>
        <translation>OS 재설치</translation>
    </message>
    <message>
        <source>New image (those the server&apos;s spec supports in its zone):</source>
        <translation>새 이미지 (서버가 있는 존에서 서버 스펙이 지원하는 이미지):</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>운영체제</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Type the server&apos;s name to confirm</source>
        <translation>확인을 위해 서버 이름을 입력해 주세요</translation>
    </message>
    <message>
        <source>To confirm, type the name: %1</source>
        <translation>확인을 위해 이름을 입력해 주세요: %1</translation>
    </message>
    <message>
        <source>All OS</source>
        <translation>전체 OS</translation>
    </message>
    <message>
        <source>Loading the specs…</source>
        <translation>서버 스펙을 불러오는 중…</translation>
    </message>
    <message>
        <source>The server&apos;s spec is not listed, so its images cannot be told.</source>
        <translation>서버 스펙 목록에 이 서버의 스펙이 없어 사용할 수 있는 이미지를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s spec supports no image in its zone.</source>
        <translation>이 서버의 스펙은 서버가 있는 존에서 지원하는 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Another change of this server is on its way: try again when it has ended.</source>
        <translation>이 서버에 대한 다른 변경 작업이 진행 중입니다. 작업이 끝난 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>요청을 보내는 중…</translation>
    </message>
    <message>
        <source>Reinstalling the OS of &apos;%1&apos; erases its disk: everything on it is lost and cannot be recovered.</source>
        <extracomment>%1 is the server&apos;s name (its id when it has none)</extracomment>
        <translation>&apos;%1&apos; 서버의 OS를 재설치하면 디스크가 초기화됩니다. 디스크의 데이터가 모두 사라지며 복구할 수 없습니다.</translation>
    </message>
    <message>
        <source>This server has no name. To confirm, type its ID: %1</source>
        <translation>이 서버는 이름이 없습니다. 확인을 위해 서버 ID를 입력해 주세요: %1</translation>
    </message>
    <message>
        <source>The image you chose is hidden by the OS filter: choose an image again.</source>
        <translation>선택한 이미지가 OS 필터 때문에 목록에서 숨겨졌습니다. 이미지를 다시 선택해 주세요.</translation>
    </message>
</context>
<context>
    <name>ResizeDialog</name>
    <message>
        <source>Change spec</source>
        <translation>스펙 변경</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>서버 스펙</translation>
    </message>
    <message>
        <source>Now and after</source>
        <translation>현재 및 변경 후</translation>
    </message>
    <message>
        <source>Choose the new spec of &apos;%1&apos;. Only specs of its zone that support its image are offered.</source>
        <extracomment>%1 is the server&apos;s name</extracomment>
        <translation>&apos;%1&apos; 서버의 새 스펙을 선택해 주세요. 서버가 있는 존에서 현재 이미지를 지원하는 스펙만 표시됩니다.</translation>
    </message>
    <message>
        <source>While the spec changes, the server shows &apos;Working&apos; and its services may be unavailable; when it is done it returns to the state it had. The iwinv API does not say whether the server restarts. A spec with a smaller disk may be refused.</source>
        <translation>스펙을 변경하는 동안 서버는 &apos;작업 중&apos; 상태로 표시되며 서비스를 사용할 수 없을 수 있습니다. 변경이 끝나면 이전 상태로 돌아갑니다. 서버 재부팅 여부는 iwinv API에서 안내하지 않습니다. 디스크가 더 작은 스펙으로는 변경이 거부될 수 있습니다.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
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
        <source>Monthly (excl. VAT)</source>
        <translation>월 요금(부가세 별도)</translation>
    </message>
    <message>
        <source>Monthly (incl. VAT)</source>
        <translation>월 요금(부가세 포함)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>정보 없음</translation>
    </message>
    <message>
        <source>The server will cost %1 more a month (%2 incl. VAT).</source>
        <extracomment>%1 and %2 are amounts a month, without and with VAT</extracomment>
        <translation>서버 월 요금이 %1 증가합니다 (부가세 포함 %2).</translation>
    </message>
    <message>
        <source>The server will cost %1 less a month (%2 incl. VAT).</source>
        <translation>서버 월 요금이 %1 감소합니다 (부가세 포함 %2).</translation>
    </message>
    <message>
        <source>Another change of this server is on its way: try again when it has ended.</source>
        <translation>이 서버에 대한 다른 변경 작업이 진행 중입니다. 작업이 끝난 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>요청을 보내는 중…</translation>
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
    <name>ResourceModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>RuleCheck</name>
    <message>
        <source>Choose inbound or outbound.</source>
        <translation>인바운드 또는 아웃바운드를 선택해 주세요.</translation>
    </message>
    <message>
        <source>ICMP is not a rule&apos;s protocol: use the firewall&apos;s ICMP switch.</source>
        <translation>ICMP는 규칙의 프로토콜로 지정할 수 없습니다. 방화벽의 ICMP 허용 설정을 사용해 주세요.</translation>
    </message>
    <message>
        <source>The protocol is TCP or UDP.</source>
        <translation>프로토콜은 TCP 또는 UDP만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Write one port (80) or a range (10000-10002).</source>
        <translation>포트 하나(80) 또는 포트 범위(10000-10002)를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Ports go from 1 to 65535; 0 is refused.</source>
        <translation>포트는 1~65535 사이여야 합니다. 0은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The range must go from the lower port to the higher.</source>
        <translation>범위는 낮은 포트부터 높은 포트 순으로 입력해 주세요.</translation>
    </message>
    <message>
        <source>IPv6 is not supported: write an IPv4 address range.</source>
        <translation>IPv6는 지원하지 않습니다. IPv4 주소 범위를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Add the prefix: %1/32 for this one address.</source>
        <extracomment>%1 is the address as typed</extracomment>
        <translation>프리픽스를 붙여 주세요. 이 주소 하나만 허용하려면 %1/32 형식으로 입력합니다.</translation>
    </message>
    <message>
        <source>Write an IPv4 range with its prefix, such as 203.0.113.0/24 or 0.0.0.0/0 for every address.</source>
        <translation>IPv4 범위를 프리픽스와 함께 입력해 주세요. (예: 203.0.113.0/24, 모든 주소는 0.0.0.0/0)</translation>
    </message>
    <message>
        <source>Give the rule a title (1 to %1 characters).</source>
        <translation>규칙 이름을 입력해 주세요. (1~%1자)</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>이름이 %1자입니다. 최대 %2자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters.</source>
        <translation>설명은 최대 %1자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The same as rule %1: a rule can be there only once.</source>
        <extracomment>%1 is the number of the other rule</extracomment>
        <translation>%1번 규칙과 같습니다. 같은 규칙은 한 번만 등록할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>RuleTableEditor</name>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Source (CIDR)</source>
        <translation>IP(CIDR)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>인바운드</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>아웃바운드</translation>
    </message>
</context>
<context>
    <name>SampleStore</name>
    <message>
        <source>The billing history %1 is in use by another program (another console window?), so this session&apos;s live-bill readings are kept only until the console closes.</source>
        <translation>다른 프로그램(다른 콘솔 창 등)에서 요금 기록 %1 파일을 사용 중이어서, 이번 세션의 실시간 요금 조회 기록은 콘솔을 닫을 때까지만 보관됩니다.</translation>
    </message>
    <message>
        <source>The billing history %1 is damaged and has been left as it is; live-bill readings are kept only until the console closes. Move the file away to start a new history.</source>
        <translation>요금 기록 %1 파일이 손상되어 그대로 두었습니다. 실시간 요금 조회 기록은 콘솔을 닫을 때까지만 보관됩니다. 새 기록을 시작하려면 이 파일을 다른 곳으로 옮겨 주세요.</translation>
    </message>
    <message>
        <source>The billing history %1 cannot be written (a read-only folder, a full disk or no permission), so live-bill readings are kept only until the console closes.</source>
        <translation>요금 기록 %1 파일에 쓸 수 없어 (읽기 전용 폴더, 디스크 공간 부족 또는 권한 없음) 실시간 요금 조회 기록은 콘솔을 닫을 때까지만 보관됩니다.</translation>
    </message>
    <message>
        <source>The billing history %1 cannot be used (%2), so live-bill readings are kept only until the console closes.</source>
        <extracomment>%2 is SQLite&apos;s own description of the error, in English</extracomment>
        <translation>요금 기록 %1 파일을 사용할 수 없어 (%2) 실시간 요금 조회 기록은 콘솔을 닫을 때까지만 보관됩니다.</translation>
    </message>
    <message>
        <source>The billing history %1 was written by a newer version of the console and is not changed; live-bill readings are kept only until the console closes.</source>
        <translation>요금 기록 %1 파일은 더 새로운 버전의 콘솔에서 만들어져 변경하지 않았습니다. 실시간 요금 조회 기록은 콘솔을 닫을 때까지만 보관됩니다.</translation>
    </message>
    <message>
        <source>Live-bill readings are kept only until the console closes.</source>
        <translation>실시간 요금 조회 기록은 콘솔을 닫을 때까지만 보관됩니다.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created, so live-bill readings are kept only until the console closes.</source>
        <translation>%1 폴더를 만들 수 없어 실시간 요금 조회 기록은 콘솔을 닫을 때까지만 보관됩니다.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (the package libqt6sql6-sqlite), so live-bill readings are kept only until the console closes.</source>
        <translation>Qt의 SQLite 드라이버(libqt6sql6-sqlite 패키지)가 설치되어 있지 않아 실시간 요금 조회 기록은 콘솔을 닫을 때까지만 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <source>Create server…</source>
        <translation>서버 생성…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Reinstall OS…</source>
        <translation>OS 재설치…</translation>
    </message>
    <message>
        <source>Change spec…</source>
        <translation>스펙 변경…</translation>
    </message>
    <message>
        <source>Open VNC console</source>
        <translation>VNC 콘솔 열기</translation>
    </message>
    <message>
        <source>Copy VNC console link</source>
        <translation>VNC 콘솔 링크 복사</translation>
    </message>
    <message>
        <source>Create one or more servers (%1)</source>
        <translation>서버를 1대 이상 생성합니다 (%1)</translation>
    </message>
    <message>
        <source>Rename the server or change its description</source>
        <translation>서버 이름이나 설명을 변경합니다</translation>
    </message>
    <message>
        <source>Install another image on the server: its disk is erased</source>
        <translation>서버에 다른 이미지를 설치합니다. 디스크가 초기화됩니다</translation>
    </message>
    <message>
        <source>Move the server to another spec</source>
        <translation>서버를 다른 스펙으로 변경합니다</translation>
    </message>
    <message>
        <source>Open the server&apos;s VNC console in the browser</source>
        <translation>브라우저에서 서버의 VNC 콘솔을 엽니다</translation>
    </message>
    <message>
        <source>Creating &apos;%1&apos;…</source>
        <translation>&apos;%1&apos; 서버 생성 중…</translation>
    </message>
    <message>
        <source>The console of &apos;%1&apos; could not be opened: %2</source>
        <translation>&apos;%1&apos; 서버의 VNC 콘솔을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>iwinv gave no link.</source>
        <translation>iwinv에서 링크를 제공하지 않았습니다.</translation>
    </message>
    <message>
        <source>Copied the console link of &apos;%1&apos;; it leaves the clipboard in 30 seconds.</source>
        <translation>&apos;%1&apos; 서버의 VNC 콘솔 링크를 복사했습니다. 30초 후 클립보드에서 삭제됩니다.</translation>
    </message>
    <message>
        <source>No browser could open the console of &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; 서버의 VNC 콘솔을 열 수 있는 브라우저가 없습니다.</translation>
    </message>
    <message>
        <source>Creating &apos;%1&apos;: accepted; looking for the new servers in the list…</source>
        <translation>&apos;%1&apos; 서버 생성 요청이 접수되었습니다. 목록에서 새 서버를 찾는 중…</translation>
    </message>
</context>
<context>
    <name>ServerCostView</name>
    <message>
        <source>Only stopped servers (still billed)</source>
        <translation>정지된 서버만 보기 (요금 계속 부과)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>스펙</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>월 요금(부가세 별도)</translation>
    </message>
    <message>
        <source>A month with VAT</source>
        <translation>월 요금(부가세 포함)</translation>
    </message>
    <message>
        <source>From each server&apos;s spec price. Block storage and traffic are billed on top: the iwinv API gives no price for them. Double-click a server to open it.</source>
        <translation>각 서버의 스펙 요금을 기준으로 계산했습니다. 블록 스토리지와 트래픽 요금은 별도로 부과되며, iwinv API에서 요금 정보를 제공하지 않습니다. 서버를 더블클릭하면 서버 화면으로 이동합니다.</translation>
    </message>
    <message>
        <source>no price known</source>
        <translation>요금 정보 없음</translation>
    </message>
</context>
<context>
    <name>ServerPlan</name>
    <message>
        <source>Give the server a name (1 to %1 characters).</source>
        <translation>서버 이름을 입력해 주세요. (1~%1자)</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>이름이 %1자입니다. 최대 %2자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The name cannot contain control characters (such as a line break).</source>
        <translation>이름에는 제어 문자(줄바꿈 등)를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>설명이 %1자입니다. 최대 %2자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose a zone.</source>
        <translation>존을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Choose a spec.</source>
        <translation>스펙을 선택해 주세요.</translation>
    </message>
    <message>
        <source>This spec is not available now; choose another.</source>
        <translation>이 스펙은 현재 사용할 수 없습니다. 다른 스펙을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>이미지를 선택해 주세요.</translation>
    </message>
    <message>
        <source>The chosen spec does not support this image; choose another.</source>
        <translation>선택한 스펙은 이 이미지를 지원하지 않습니다. 다른 이미지를 선택해 주세요.</translation>
    </message>
    <message>
        <source>At most %1 block storages can be added to a server.</source>
        <translation>서버 1대에 블록 스토리지를 최대 %1개까지 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Block storage %1: the size must be %2 to %3 GB, in steps of 10 GB.</source>
        <extracomment>%1 is the block storage&apos;s number, %2 and %3 the size range in GB</extracomment>
        <translation>블록 스토리지 %1: 용량은 %2~%3GB 범위에서 10GB 단위로 지정해 주세요.</translation>
    </message>
    <message>
        <source>Block storage %1: the name can have at most %2 characters.</source>
        <translation>블록 스토리지 %1: 이름은 최대 %2자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Between 1 and %1 servers can be created at once.</source>
        <translation>한 번에 서버를 1~%1대까지 생성할 수 있습니다.</translation>
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
    <name>SpecChoiceModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>a price without and with VAT
----------
a spec that cannot be chosen: its name and why (&quot;Sold out&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
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
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Monthly
(excl. · incl. VAT)</source>
        <translation>월 요금
(부가세 별도 · 포함)</translation>
    </message>
    <message>
        <source>Hourly
(excl. · incl. VAT)</source>
        <translation>시간당 요금
(부가세 별도 · 포함)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Not available in this zone now (%1): it cannot be chosen.</source>
        <translation>현재 이 존에서 사용할 수 없어 선택할 수 없습니다 (상태: %1).</translation>
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
    <name>VolumeActions</name>
    <message>
        <source>Add block storage…</source>
        <translation>블록 스토리지 추가…</translation>
    </message>
    <message>
        <source>Attach to a server…</source>
        <translation>서버에 연결…</translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation>연결 해제…</translation>
    </message>
    <message>
        <source>Delete block storage…</source>
        <translation>블록 스토리지 삭제…</translation>
    </message>
    <message>
        <source>Add block storage to a server</source>
        <translation>서버에 블록 스토리지를 추가합니다</translation>
    </message>
    <message>
        <source>Detach it from its server: its data stays</source>
        <translation>서버에서 연결을 해제합니다. 데이터는 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>Adding block storage…</source>
        <translation>블록 스토리지를 추가하는 중…</translation>
    </message>
    <message>
        <source>being created or deleted</source>
        <translation>생성 또는 삭제 중</translation>
    </message>
    <message>
        <source>Attach block storage</source>
        <extracomment>%1 is the block storage&apos;s name, %2 its zone</extracomment>
        <translation>블록 스토리지 연결</translation>
    </message>
    <message>
        <source>Attach &apos;%1&apos; to which server? Only servers of its zone (%2) can use it.</source>
        <translation>&apos;%1&apos; 블록 스토리지를 연결할 서버를 선택해 주세요. %2 존에 있는 서버에만 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>요청을 보내는 중…</translation>
    </message>
    <message>
        <source>The answer was lost; the console is checking whether it was attached.</source>
        <translation>응답을 받지 못했습니다. 콘솔이 연결 여부를 확인하는 중입니다.</translation>
    </message>
    <message>
        <source>Detach block storage</source>
        <extracomment>%1 is the block storage, %2 the server</extracomment>
        <translation>블록 스토리지 연결 해제</translation>
    </message>
    <message>
        <source>Detach &apos;%1&apos; from &apos;%2&apos;? The server can no longer use it; its data stays. Detaching may take some time: the row shows its progress. Unmount it in the server first.</source>
        <translation>&apos;%2&apos; 서버에서 &apos;%1&apos; 블록 스토리지의 연결을 해제하시겠습니까? 해제하면 서버에서 더 이상 사용할 수 없지만 데이터는 그대로 유지됩니다. 연결 해제에는 시간이 걸릴 수 있으며, 진행 상황은 목록의 해당 행에 표시됩니다. 먼저 서버 안에서 마운트를 해제해 주세요.</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <source>Another change of &apos;%1&apos; is on its way.</source>
        <translation>&apos;%1&apos; 블록 스토리지에 대한 다른 변경 작업이 진행 중입니다.</translation>
    </message>
    <message>
        <source>Delete block storage</source>
        <extracomment>%1 is the block storage&apos;s name, %2 its size</extracomment>
        <translation>블록 스토리지 삭제</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is attached to &apos;%2&apos;. Block storage is deleted once it is detached: detach it first.</source>
        <translation>&apos;%1&apos; 블록 스토리지는 &apos;%2&apos; 서버에 연결되어 있습니다. 블록 스토리지는 연결을 해제한 뒤에 삭제할 수 있으니 먼저 연결을 해제해 주세요.</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; (%2)? Everything on it is lost and cannot be recovered.</source>
        <translation>&apos;%1&apos; 블록 스토리지를 삭제하시겠습니까? (용량 %2) 저장된 데이터가 모두 사라지며, 삭제한 블록 스토리지는 복구할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>VolumeRows</name>
    <message>
        <source> GB</source>
        <extracomment>the unit after a block storage&apos;s size, with its space (&quot;100 GB&quot;)</extracomment>
        <translation>GB</translation>
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
