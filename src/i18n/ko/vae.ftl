## VAE 페이지
vae-intro-1 = 평범한
vae-intro-ae = 오토인코더(autoencoder)
vae-intro-2 = 는 각 점 x를 코드 z로 압축했다가 다시 decode한다. 코드가 어디에 놓여야 하는지 정해 주는 것이 없으므로, random noise를 decode하면 데이터에서 벗어난 점이 나온다. 즉 latent space에
vae-intro-holes = 구멍
vae-intro-3 = 이 있다.
vae-intro-vae = VAE
vae-intro-4 = 의 encoder는 분포 N(μ(x), σ²(x))를 출력하고 그 분포에서 z를 샘플링한다. 그리고 KL 항이 이 분포들을 prior N(0, I) 쪽으로 끌어당기므로, prior에서 뽑은 샘플을 decode하면 데이터가 나온다. latent space의 주황색 점을 끌어 옮기면서 decode된 점이 어떻게 움직이는지 살펴보자.

vae-presets = 프리셋:
vae-preset-ae-vs-vae = autoencoder 대 VAE
vae-preset-ae-vs-vae-hint = 왼쪽은 평범한 autoencoder다. 코드가 흩어지면서 사이사이에 구멍이 생기므로, prior 샘플을 decode하면 데이터 밖에 떨어진다. 오른쪽의 VAE는 코드를 N(0, I) 쪽으로 끌어당기므로, prior를 decode하면 데이터가 나온다.
vae-preset-beta = β = 0 대 β = 1
vae-preset-beta-hint = 같은 VAE에서 KL 항을 끈 것(왼쪽)과 켠 것(오른쪽). prior 쪽으로 당기는 힘이 없으면, 코드가 prior가 샘플을 뽑는 곳에서 점점 멀어진다.
vae-compare = 나란히 비교

vae-train = ▶ 학습
vae-pause = ❚❚ 멈춤
vae-step = 한 step 진행
vae-reset = 초기화
vae-rate = { $step } step · 초당 { $rate } step
vae-z1 = latent 좌표 z₁
vae-z2 = latent 좌표 z₂
vae-temperature = prior 온도
vae-temperature-hint = prior 샘플은 z = 온도 · ε, ε ~ N(0, I)를 decode해서 얻는다
vae-prior-n = 보여 줄 prior 샘플 수
vae-resample = prior에서 다시 샘플링
vae-show = 데이터 공간에 표시:
vae-show-prior = prior 샘플
vae-show-recon = 재구성
vae-show-grid = decoder 격자

vae-latent-label = latent space의 z (원: prior의 1σ, 2σ)
vae-latent-title = 끌어서 latent 점 z를 옮기면, 그 점을 decode한 결과가 데이터 공간에 나타난다
vae-data-label = 데이터 공간 x

vae-run-a = 실험 A
vae-run-b = 실험 B
vae-kind-ae = autoencoder (z = μ(x), KL 없음)
vae-kind-vae = β = { $beta }인 VAE
vae-chart-recon = 재구성 ‖x − x̂‖²
vae-chart-title = loss의 두 항 (log 눈금)
vae-shares = prior 샘플: mode별 비율
vae-far = 데이터에서 먼 샘플
vae-frechet = Fréchet (2차원)
vae-not-measured = 아직 측정 전
vae-measured = { $step } step에서 측정
vae-settings = 설정 (바꾸면 이 실험은 seed부터 다시 시작한다)
vae-plain-ae = 평범한 autoencoder
vae-beta = β (KL 가중치)
vae-beta-hint = β = 1이면 VAE의 ELBO 그대로이고, β = 0이면 prior 쪽으로 당기는 힘이 사라진다
vae-sigma = decoder의 σ_x
vae-sigma-hint = 재구성 항은 ‖x − x̂‖² / (2σ_x²)이다. σ_x가 작을수록 재구성은 선명해지고 prior의 힘은 약해진다
vae-lr = 학습률 (log₁₀)
vae-width = 너비
vae-layers = 은닉층 수
vae-alt-waiting = 모델의 첫 그림을 기다리는 중
vae-alt-prior = { $step } step에서 prior로부터 디코딩한 샘플
vae-alt-decoded = 디코딩된 z는 ({ $x }, { $y })
vae-alt-z = 잠재 평면; z는 ({ $x }, { $y })
vae-alt-codes = { $step } step에서 데이터의 코드
