# GenLab 메시지 (한국어). en.ftl의 모든 id가 여기에도 있어야 한다 (tests/i18n.rs가 확인).
# 숫자는 이미 형식을 맞춘 문자열로 들어온다.

## 공통 화면
app-tagline = 생성형 모델이 noise를 데이터로 바꾸는 과정을 직접 본다
nav-data = 데이터·장치
nav-diffusion = Diffusion
nav-flow = Flow matching
nav-gan = GAN
nav-vae = VAE
nav-images = 이미지
nav-compare = 비교
lang-switch = 언어

## 캔버스에 그리는 차트
chart-training-loss = 학습 loss
chart-loss = loss
chart-step = step
chart-iteration = 반복
chart-even-share = 고른 몫
