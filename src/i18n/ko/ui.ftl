## 공통 컨트롤: 데이터 페이지, 학습 컨트롤, 기록 막대, 품질 패널

# 데이터 패널
ui-data-title = 데이터
ui-data-lede = 이 사이트의 모든 모델이 샘플링하도록 학습하는 분포다. 색 하나가 mode(혼합 성분) 하나에 해당한다.
ui-scatter-aria = 학습 데이터의 산점도
ui-caption = { $kind } · 점 { $n }개
ui-caption-modes = mode { $modes }개
ui-caption-samples = × = 모델 샘플 { $n }개 ({ $step } step 시점)
ui-dataset = 데이터셋
ui-points = 점 개수
ui-separation = 간격
ui-size = 크기
ui-separation-hint = 군집 중심 사이의 거리
ui-spread = 퍼짐 (σ)
ui-noise = noise 크기
ui-weight = 왼쪽 군집의 비율
ui-weight-hint = 왼쪽 군집의 혼합 가중치
ui-seed = seed
ui-new-seed = 새 seed
ui-drawing = 그리는 중: 그래프를 클릭
ui-draw = 점 그리기
ui-clear = 지우기
ui-import = CSV 가져오기
ui-csv-hint = CSV: 한 줄에 x,y 한 쌍 (머리글 줄이 있어도 된다), 최대 { $rows }줄.

# 데이터셋 이름
ui-dataset-two-clusters = 두 군집
ui-dataset-eight-gaussians = 가우시안 8개
ui-dataset-ring = 고리
ui-dataset-two-moons = 두 반달
ui-dataset-spiral = 나선
ui-dataset-checkerboard = 체커보드
ui-dataset-custom = 직접 그림 / 가져옴

# 장치 이름
ui-device-auto = 자동 (측정해서 가장 빠른 장치)
ui-device-webgpu = WebGPU
ui-device-cpu = CPU

# 장치와 학습 패널
ui-train-title = 장치와 학습
ui-train-lede = 학습은 웹 워커에서 돌아가고, 이 페이지의 스레드는 건드리지 않는다. 모델은 작은 diffusion 모델로, 점에 더해진 noise를 예측하도록 학습하는 MLP({ $layers } × { $hidden })이다.
ui-device = 장치
ui-probe-device = 장치
ui-probe-rate = 초당 step
ui-probe-first = 첫 step
ui-restart-worker = 워커 다시 시작
ui-sample-1000 = 1000개 샘플링

# 학습 컨트롤
ui-train = ▶ 학습
ui-pause = ❚❚ 멈춤
ui-step10 = 10 step 진행
ui-reset = 초기화
ui-retrain = 이 설정으로 다시 학습
ui-readout-step = step
ui-readout-speed = 속도
ui-readout-rate = step/초
ui-readout-loss = loss

# 학습 기록
ui-history-empty = 학습 기록: 학습하는 동안 모델의 사본을 남겨 둔다. 조금 학습한 뒤 슬라이더를 움직여 지난 모습을 되짚어 볼 수 있다.
ui-history-title = 학습 기록
ui-history-aria = 학습 기록: 보여 줄 시점
ui-history-live = 현재
ui-history-resume = 여기서 이어 학습
ui-history-resume-hint = 이 시점부터 다시 학습한다. 이후의 기록은 지워진다
ui-history-viewing = { $step } step 시점을 보는 중 (학습 { $seconds }초) — 학습은 멈췄고, 현재 모델은 { $live } step에 있다
ui-history-live-label = 현재: { $step } step · 사본 { $n }개 보관 ({ $first } step부터 { $last } step까지)

# 샘플 품질
ui-quality-title = 샘플 품질
ui-quality-empty = 학습하거나 샘플링하면 모델을 측정한다: 학습 1.5초마다 워커가 새 샘플 1,000개를 채점한다.
ui-mode = { $k }번 mode
ui-true-weight = 실제 가중치
ui-share = { $share } % (실제 { $weight } %)
ui-verdict-pass = ✓ 품질 기준 통과
ui-verdict-fail = ✗ 아직 품질 기준에 못 미침
ui-verdict-step = ({ $step } step)
ui-coverage-hint = mode 커버리지: 각 중심에 가장 가까운 샘플의 비율이고, 눈금은 실제 가중치다 (기준: ±{ $tol }). 샘플의 { $near } %가 어느 한 중심에서 3σ 이내에 있다 (기준: { $min } %).
ui-mmd-label = MMD² (RBF 커널, bandwidth는 거리의 중앙값)
ui-mmd-bar = 기준 < { $bar }
ui-frechet-label = Fréchet 거리 (FID에 해당하는 2차원 값)
ui-lower-better = 낮을수록 좋다
ui-frechet-note = Fréchet 거리는 가우시안 근사(평균과 공분산)만 비교한다. 두 군집을 한꺼번에 덮는 넓은 가우시안 하나가 두 mode를 모두 놓치고도 좋은 점수를 받을 수 있다. 그래서 커버리지를 옆에 함께 보여 준다.
