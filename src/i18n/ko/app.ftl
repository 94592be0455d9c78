# GenLab 메시지 (한국어). en.ftl의 모든 id가 여기에도 있어야 한다 (tests/all/i18n.rs가 확인).
# 숫자는 이미 형식을 맞춘 문자열로 들어온다.

## 공통 화면
app-tagline = 생성형 모델이 noise를 데이터로 바꾸는 과정을 직접 본다
nav-home = 시작
nav-data = 데이터·장치
nav-diffusion = Diffusion
nav-flow = Flow matching
nav-gan = GAN
nav-vae = VAE
nav-images = 이미지
nav-lineup = 숫자 모델
nav-compare = 비교
lang-switch = 언어

## 캔버스에 그리는 차트
chart-training-loss = 학습 loss
chart-loss = loss
chart-step = step
chart-iteration = 반복
chart-even-share = 고른 몫

## 단축키
keys-title = 단축키
keys-space = 학습 시작·멈춤
keys-arrows = 한 프레임 앞뒤로 (프레임이 없는 페이지에서 →는 한 step 학습)
keys-r = 모델 초기화
keys-n = 다음: 강의 모드에서는 이 장의 다음 부분, 아니면 다음 장 (둘러보기를 연다)
keys-p = 이전: 앞 부분이나 앞 장
keys-l = 강의 모드: 큰 글씨, 꼭 필요한 컨트롤만
keys-f = 전체 화면
keys-help = 이 목록
keys-typing = 입력란에 글을 쓰거나 슬라이더를 움직이는 동안에는 단축키가 동작하지 않는다.
keys-close = 닫기

## 내보내기
export-png = ⤓ PNG 저장
export-webm = ● WebM 녹화
export-stop = ■ 멈추고 저장
export-link = 링크 복사
export-copied = ✓ 링크 복사됨
tour-maths = 이 장의 수식
