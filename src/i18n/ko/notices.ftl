## 알림 (URL 해석, 파일 가져오기, worker가 만든다: id와 인자로 된 Msg)

# 문장 안의 모델 이름과 문장을 여는 모델 이름
fam-diffusion = diffusion 모델
fam-flow = flow matching 모델
fam-gan = GAN
fam-vae = VAE
fam-images = 이미지 모델
fam-digit_gan = 여기서 학습하는 숫자 GAN
fam-digit_vae = 여기서 학습하는 숫자 VAE
fam-diffusion-cap = diffusion 모델
fam-flow-cap = flow matching 모델
fam-gan-cap = GAN
fam-vae-cap = VAE
fam-images-cap = 이미지 모델
fam-digit_gan-cap = 여기서 학습하는 숫자 GAN
fam-digit_vae-cap = 여기서 학습하는 숫자 VAE
word-step = step
word-iteration = 반복
word-nan = NaN
word-infinite = 무한대
word-number = 수
word-whole-number = 정수

# 발산
notice-diverged = { $who }: { $word } { $step }에서 발산했다. { $what }이(가) { $kind }가 되었다. 학습을 멈췄다. { $advice } { $back }
notice-who-run = { $who } (실행 { $run })
notice-restore-back = 되돌리기를 누르면 마지막으로 정상이던 가중치({ $word } { $step })로 돌아간다.
notice-restore-seed = 되돌리기를 누르면 seed에서 다시 시작한다 (정상 가중치를 아직 저장하지 못했다).
what-loss = loss
what-samples = 샘플
what-weights = 가중치
what-generated = 생성한 점
what-codes = 코드와 복원한 점
what-d-loss = D의 loss
what-g-loss = G의 loss
what-generated-images = 생성한 숫자
what-g-grad-norm = G의 gradient norm
what-recon-loss = 복원 항
what-kl = KL 항
what-codes-images = 코드와 decode한 숫자
advice-diffusion = 학습률을 낮추거나 batch를 키워 보자.
advice-flow = 학습률을 낮추거나 batch를 키워 보자.
advice-gan = 학습률을 낮추거나 Adam을 써 보자.
advice-vae = 학습률을 낮추거나 decoder noise σ_x를 키워 보자.
advice-images = 학습률을 낮춰 보자.
advice-digit_gan = G의 학습률(D에 대한 배수)을 낮추거나 처음부터 다시 시작해 보자.
advice-digit_vae = β를 낮추거나 처음부터 다시 시작해 보자.
restore-to = 되돌리기 ({ $word } { $step })
restore-seed = 되돌리기 (처음부터)
notice-dismiss = 닫기

# worker와 장치
notice-crashed = 학습 worker가 멈췄다: { $info }
notice-bad-command = 학습 worker가 명령을 읽지 못했다: { $error }
notice-worker-failed = 학습 worker를 실행하지 못했다: { $error }
notice-no-workers = 이 브라우저에서는 web worker를 쓸 수 없다: { $error }
notice-unreadable = 학습 worker의 메시지를 읽지 못했다 ({ $error }). 같은 종류의 메시지는 더 보여주지 않는다. 페이지를 새로 고치면 처음부터 다시 시작한다.
notice-no-gpu = WebGPU를 쓰지 않는다: { $why }. 대신 CPU에서 학습한다.
gpu-missing = 이 브라우저는 WebGPU를 제공하지 않는다 (navigator.gpu가 없다)
gpu-no-adapter = 브라우저가 GPU 어댑터를 내주지 않는다 (꺼져 있거나 이 GPU가 차단 목록에 있을 수 있다)
gpu-failed = WebGPU를 시작하지 못했다 ({ $detail })
gpu-lost-at-start = WebGPU는 시작했지만 GPU 장치를 잃었다
gpu-native = WebGPU는 브라우저 빌드에서만 돈다. 네이티브 빌드는 CPU 장치를 쓴다
gpu-cpu-build = 이 GenLab 빌드는 CPU에서만 돈다
gpu-cpu-chosen = CPU를 골랐다
gpu-build-failed = 모델 코드의 WebGPU 빌드를 불러오지 못했다 ({ $detail })
status-starting-gpu = WebGPU 시작 중…
status-measuring-gpu = WebGPU 속도 재는 중 (첫 step에서 shader를 컴파일한다)…
status-measuring-beside = CPU에서 학습하면서, 옆에서 실제 모델로 WebGPU 속도를 재는 중…
status-ready = worker 준비됨
status-training-on = { $device }에서 학습
badge-stopped = worker 멈춤
badge-speed = 초당 { $rate } step
badge-loading = 불러오는 중…
badge-title = 모델을 학습시키는 장치와 그 측정 속도 (2×64 MLP, batch 256)
notice-kept-unfit = 저장해 둔 가중치가 맞지 않는다 ({ $error }). { $who }은(는) seed에서 다시 시작한다.
notice-gpu-lost = GPU가 응답하지 않는다 ({ $reason }). 모두 CPU로 옮겼다: { $then }.
lost-untouched = { $who }: seed에서 다시 시작 ({ $steps } step 학습했지만 저장한 사본이 없었다)
lost-goes-on = { $who }: step { $step }부터 이어서 학습 ({ $age }초 전에 저장한 가중치)
lost-unfit = { $who }: seed에서 다시 시작 (저장한 가중치가 맞지 않았다: { $error })
lost-restart = { $who }: seed에서 다시 시작
lost-nothing = 아직 학습한 모델이 없었다
moved-goes-on = { $who }: step { $step }부터 이어서 학습
moved-faster = 실제 모델로 CPU보다 빨랐다: 초당 { $gpu } 대 { $cpu } step
moved-asked = 테스트 훅이 요청했다
notice-moved = 학습을 WebGPU로 옮겼다 ({ $why }): { $then }.
notice-retrained = 데이터가 바뀌었으므로 이 데이터로 학습한 모델은 모두 seed에서 다시 시작한다: { $models }.
retrained-one = { $who } ({ $word } { $n })

# 이미지 모델
notice-no-device = 아직 장치가 없다.
notice-no-device-train = 학습할 장치가 아직 없다.
notice-model-damaged = 모델 파일이 손상되었다: { $error }
notice-digits-damaged = 실제 손글씨 숫자를 읽지 못했다: { $error }. 페이지의 나머지는 그대로 쓸 수 있다.
notice-model-fetch = 이미지 모델을 받아오지 못했다 ({ $error }).

# 파일과 점
notice-max-points = 점은 최대 { $max }개까지 그릴 수 있다.
notice-import-refused = 가져오기를 거부했다: { $why }. 지금 데이터는 그대로다.
notice-picture-refused = 그림을 거부했다: { $why } 아무것도 바꾸지 않았다.
notice-file-unread = 파일을 읽지 못했다: { $error }
notice-bad-seed = “{ $raw }”은(는) seed가 아니다 (0…{ $max } 사이의 정수).
csv-empty = 파일에 x,y 행이 없다
csv-too-large = 파일이 { $mb } MB다. 한도는 { $limit } MB (점 { $points }개)
csv-too-many = 행이 { $limit }개를 넘는다. 점은 최대 { $limit }개까지다
csv-columns = { $line }번째 줄의 열이 { $found }개다. 각 행에는 x와 y, 숫자 두 개가 있어야 한다
csv-not-number = { $line }번째 줄: "{ $field }"은(는) 숫자가 아니다
csv-out-of-range = { $line }번째 줄: 값은 유한하고 ±{ $max } 안에 있어야 한다
upload-empty = 빈 파일이다.
upload-too-large = 파일이 { $mb } MB다. 그림은 { $limit } MB까지 받는다.
upload-not-image = PNG나 JPEG 그림 파일이 아니다.
upload-unsupported = { $kind } 그림은 여기서 쓸 수 없다. PNG나 JPEG를 쓰자.
upload-corrupt = 그림을 읽지 못했다 (손상되었을 수 있다): { $why }.
upload-too-many-pixels = 그림이 { $width }×{ $height } 픽셀이다. 한 변은 { $max } 픽셀까지 받는다.

# 링크
url-no-preset = “{ $id }”라는 preset은 없다. 기본값을 쓴다.
url-no-page = “{ $raw }”라는 페이지는 없다. 첫 화면을 보여준다.
url-bad-dataset = 모르는 데이터셋 “{ $raw }”. 두 군집을 쓴다.
url-bad-device = 모르는 장치 “{ $raw }” (auto, webgpu, cpu 중 하나). auto를 쓴다.
url-bad-points = 링크에 든 점 데이터가 깨져 있어서 무시했다.
url-bad-lang = 모르는 언어 “{ $raw }” (en 또는 ko). 브라우저 언어를 따른다.
url-unknown-key = 모르는 설정 “{ $key }”은(는) 무시했다.
url-no-points = 링크가 직접 그린 점을 쓰라고 하지만 점이 없다. 두 군집을 쓴다.
url-not-valid = “{ $key }={ $raw }”은(는) 올바른 값이 아니다 ({ $lo }…{ $hi } 사이의 { $kind }여야 한다). 기본값을 쓴다.
url-outside = “{ $key }={ $raw }”은(는) { $lo }…{ $hi } 밖이다. 기본값을 쓴다.
url-bad-schedule = 모르는 schedule “{ $raw }” (linear, cosine, sigmoid 중 하나). linear를 쓴다.
url-bad-sampler = 모르는 sampler “{ $raw }” (ddpm 또는 ddim). DDPM을 쓴다.
url-bad-solver = 모르는 solver “{ $raw }” (euler 또는 heun). Euler를 쓴다.
url-bad-pairing = 모르는 짝짓기 방식 “{ $raw }” (independent 또는 ot). 독립 짝을 쓴다.
url-bad-optimiser = 모르는 optimizer “{ $raw }” (sgd 또는 adam). Adam을 쓴다.
url-bad-gan-loss = 모르는 GAN loss “{ $raw }” (minimax, ns, lsgan, wgan-gp 중 하나). 기본값을 쓴다.
url-bad-class = “iclass={ $raw }”은(는) 클래스가 아니다 (each, none, 0…9). 기본값을 쓴다.
url-bad-lineup-class = “lclass={ $raw }”은(는) 클래스가 아니다 (each, 0…9). class 3을 그대로 쓴다.
url-bad-isampler = “isampler={ $raw }”은(는) sampler가 아니다 (ddim 또는 ddpm). 기본값을 쓴다.
url-bad-clock = 모르는 시계 방식 “{ $raw }” (time 또는 steps). 같은 시간을 쓴다.
url-bad-tour = 둘러보기에 “{ $raw }”장은 없다 (1…{ $last }). 둘러보기를 열지 않는다.
url-bad-lecture = “lecture={ $raw }”은(는) 0이나 1이 아니다. 강의 모드를 켜지 않는다.
