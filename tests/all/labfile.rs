//! The `.genlab` file (`src/labfile.rs`): a trained lab written and read back is the same lab
//! (its weights load into the family built from its saved settings), and every damaged file is
//! refused with the one message that names its problem. The page's side (`state/lab.rs`): the
//! file carries the page's link and all its drawn points, and opening one takes the page there.

use burn::prelude::Tensor;
use genlab::data::toy2d::{DatasetKind, DatasetSpec, generate};
use genlab::device;
use genlab::families::FamilyId;
use genlab::families::diffusion::config::DiffusionConfig;
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::families::diffusion::protocol::DiffusionUpdate;
use genlab::i18n::{Lang, Msg};
use genlab::labfile::{LabFile, LabMeta, MAGIC, MAX_BYTES, SavedCopy, SavedFamily, VERSION, checksum};
use genlab::models::carry::Carried;
use genlab::models::keep::KeepRuns;
use genlab::models::resume::{self, Exact};
use genlab::state::app::{Action, AppState};
use genlab::state::kept::KeptOffer;
use genlab::state::url::{Page, UrlState};
use genlab::worker::history::{History, Snapshot};
use genlab::worker::protocol::{SaveTo, Update};

fn kept(lab: &impl KeepRuns) -> (Vec<f32>, Vec<u64>) {
    let (pieces, steps) = lab.kept_pieces();
    (Tensor::cat(pieces, 0).into_data().try_to_vec::<f32>().unwrap(), steps)
}

/// A diffusion model trained 300 steps with a non-default width, as the worker saves it.
fn trained_file() -> (LabFile, DiffusionLab) {
    let data = generate(&DatasetSpec::default(), 7);
    let config = DiffusionConfig { hidden: 32, ..DiffusionConfig::default() };
    let mut lab = DiffusionLab::new(device::Backend::Cpu, device::cpu(), data.points.clone(), 7, config.clone());
    lab.run(300).unwrap().into_data();
    let (values, steps) = kept(&lab);
    let settings = serde_json::to_string(&config).unwrap();
    let carried = resume::write(&mut lab);
    let saved = SavedFamily {
        family: FamilyId::Diffusion,
        settings,
        steps,
        len: values.len() as u64,
        carried,
        trained_ms: 0.0,
        history: Vec::new(),
        every: 0,
    };
    let meta = LabMeta {
        saved_at: "2026-12-07 14:05".into(),
        link: "page=diffusion&seed=7".into(),
        points: data.points,
        seed: 7,
        families: vec![saved],
        ..LabMeta::default()
    };
    (LabFile { meta, values }, lab)
}

fn refusal(bytes: &[u8]) -> Msg {
    LabFile::decode(bytes).expect_err("a damaged file is refused")
}

#[test]
fn a_saved_model_reads_back_and_loads_into_the_model_its_settings_build() {
    let (file, trained) = trained_file();
    let bytes = file.encode();
    let back = LabFile::decode(&bytes).unwrap();
    assert_eq!(back, file, "what is read is what was written");
    let (saved, values) = back.families().next().unwrap();
    let config: DiffusionConfig = serde_json::from_str(&saved.settings).unwrap();
    assert_eq!(config.hidden, 32);
    let mut opened = DiffusionLab::new(device::Backend::Cpu, device::cpu(), back.meta.points.clone(), back.meta.seed, config);
    assert_ne!(kept(&opened).0, values, "a model built afresh differs");
    opened.load_kept(values, &saved.steps).unwrap();
    assert_eq!(kept(&opened), kept(&trained), "the opened model holds the saved weights and step");
    // The default width does not take them: refused, not half-loaded.
    let mut other = DiffusionLab::new(device::Backend::Cpu, device::cpu(), back.meta.points.clone(), 7, DiffusionConfig::default());
    assert!(other.load_kept(values, &saved.steps).is_err());
}

#[test]
fn each_damaged_file_is_refused_with_the_message_naming_its_problem() {
    let bytes = trained_file().0.encode();
    assert_eq!(refusal(b"x,y\n1,2\n").id, "lab-not-genlab");
    assert_eq!(refusal(&[]).id, "lab-not-genlab");
    let mut other = bytes.clone();
    other[8..12].copy_from_slice(&(VERSION + 1).to_le_bytes());
    let m = refusal(&other);
    assert_eq!((m.id.as_str(), m.text(Lang::En).contains(&(VERSION + 1).to_string())), ("lab-version", true));
    for cut in [9, 23, 40, bytes.len() / 2, bytes.len() - 1] {
        let m = refusal(&bytes[..cut]);
        assert_eq!(m.id, "lab-truncated", "cut at {cut}");
    }
    let mut flipped = bytes.clone();
    let at = bytes.len() - 100;
    flipped[at] ^= 0x10;
    assert_eq!(refusal(&flipped).id, "lab-corrupt");
    assert!(refusal(&flipped).text(Lang::En).contains("checksum"));
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(refusal(&longer).id, "lab-corrupt");
    let huge = vec![0u8; MAX_BYTES + 1];
    assert_eq!(refusal(&huge).id, "lab-too-big");
    // A header that claims a billion weights is damaged, not a reason to wait for them.
    let mut claims = bytes.clone();
    claims[16..24].copy_from_slice(&1_000_000_000u64.to_le_bytes());
    assert_eq!(refusal(&claims).id, "lab-corrupt");
}

fn losses(lab: &mut DiffusionLab, n: usize) -> Vec<f32> {
    lab.run(n).unwrap().into_data().try_to_vec::<f32>().unwrap()
}

#[test]
fn an_opened_model_trains_on_exactly_as_the_saved_one_and_says_when_it_cannot() {
    let (file, mut trained) = trained_file();
    let back = LabFile::decode(&file.encode()).unwrap();
    let (saved, values) = back.families().next().unwrap();
    assert!(saved.carried.len() > 4 * values.len(), "the optimiser's two moments are in the file: {} bytes", saved.carried.len());
    let config: DiffusionConfig = serde_json::from_str(&saved.settings).unwrap();
    let new = || DiffusionLab::new(device::Backend::Cpu, device::cpu(), back.meta.points.clone(), back.meta.seed, config.clone());
    let open = |carried: &[u8], here: bool| {
        let mut lab = new();
        let exact = resume::open(&mut lab, |l| l.reset(), (values, &saved.steps), carried, here).unwrap();
        (lab, exact)
    };
    let (mut exact, said) = open(&saved.carried, true);
    assert_eq!(said, Exact::Yes);
    let next = losses(&mut trained, 50);
    assert_eq!(losses(&mut exact, 50), next, "the opened model takes the saved one's next 50 steps");
    assert_eq!(kept(&exact), kept(&trained));
    // Weights only: a file without the carried state (version 1, or saved on WebGPU), the
    // WebGPU build, or a carried state cut short (undone whole, then the weights alone).
    let (mut plain, said) = open(&[], true);
    assert_eq!(said, Exact::NoneSaved);
    let weights_only = losses(&mut plain, 50);
    assert_ne!(weights_only, next);
    assert_eq!(open(&saved.carried, false).1, Exact::NotHere);
    let (mut cut, said) = open(&saved.carried[..saved.carried.len() / 2], true);
    assert!(matches!(said, Exact::Unfit(_)), "{said:?}");
    assert_eq!(losses(&mut cut, 50), weights_only);
    // One random stream more than the model has: found after everything else was taken, and
    // undone whole.
    let mut more = Carried::from_bytes(&saved.carried).unwrap();
    more.rngs.push(more.rngs[0]);
    let (mut extra, said) = open(&more.to_bytes(), true);
    assert!(matches!(&said, Exact::Unfit(e) if e.contains("more")), "{said:?}");
    assert_eq!(losses(&mut extra, 50), weights_only, "a misfit is undone whole");
    // A version 1 file (no carried state, the same layout) still reads.
    let mut old = file.clone();
    old.meta.families[0].carried.clear();
    let mut bytes = old.encode();
    bytes[8..12].copy_from_slice(&1u32.to_le_bytes());
    let n = bytes.len() - 8;
    let sum = checksum(&bytes[..n]);
    bytes[n..].copy_from_slice(&sum.to_le_bytes());
    assert_eq!(LabFile::decode(&bytes).unwrap(), old);
}

/// Writes a file around `meta` bytes and `values` as the encoder would (for files it never writes).
fn craft(meta: &[u8], values: &[f32]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(meta.len() as u32).to_le_bytes());
    out.extend_from_slice(&(values.len() as u64).to_le_bytes());
    out.extend_from_slice(meta);
    values.iter().for_each(|v| out.extend_from_slice(&v.to_le_bytes()));
    let sum = checksum(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

#[test]
fn a_whole_file_with_unknown_settings_uneven_weights_or_nan_is_refused() {
    let (file, _) = trained_file();
    // A family this page does not have.
    let mut value = ciborium::Value::serialized(&file.meta).unwrap();
    let text = format!("{value:?}");
    assert!(text.contains("diffusion"));
    if let ciborium::Value::Map(m) = &mut value {
        for (k, v) in m.iter_mut() {
            if k.as_text() == Some("families")
                && let ciborium::Value::Array(fams) = v
                && let ciborium::Value::Map(f) = &mut fams[0]
            {
                f.iter_mut().filter(|(k, _)| k.as_text() == Some("family")).for_each(|(_, v)| *v = "score_sde".into());
            }
        }
    }
    let mut meta = Vec::new();
    ciborium::into_writer(&value, &mut meta).unwrap();
    assert_eq!(refusal(&craft(&meta, &file.values)).id, "lab-unknown");
    // Weights that do not add up to the families', or are not numbers.
    let mut meta = Vec::new();
    ciborium::into_writer(&file.meta, &mut meta).unwrap();
    assert_eq!(refusal(&craft(&meta, &file.values[1..])).id, "lab-corrupt");
    let mut nan = file.values.clone();
    nan[5] = f32::NAN;
    assert_eq!(refusal(&craft(&meta, &nan)).id, "lab-not-numbers");
    assert!(LabFile::decode(&craft(&meta, &file.values)).is_ok(), "the same file crafted whole reads");
    // A reference the quality is measured against, with a radius that is not a number (the
    // fuzzer's find: such a file read, and wrote back as another).
    let mut broken = file.clone();
    broken.meta.reference.radius = f32::NAN;
    assert_eq!(refusal(&broken.encode()).id, "lab-not-numbers");
}

#[test]
fn the_file_carries_the_link_and_every_drawn_point_and_opening_it_goes_there() {
    // 450 drawn points: more than a link holds.
    let points: Vec<[f32; 2]> = (0..450).map(|i| [(i % 30) as f32 * 0.1 - 1.5, (i / 30) as f32 * 0.2 - 1.5]).collect();
    let mut page = AppState::new(UrlState::parse("page=flow&seed=9&lang=ko").0, Vec::new()).apply(Action::Import(points.clone()));
    page.saving = Some((SaveTo::File, genlab::state::shared::Shared::new(LabFile::default())));
    let file = page.lab_file("2026-12-07 14:05".into()).unwrap();
    assert_eq!(file.meta.custom, points);
    assert!(file.meta.link.contains("page=flow") && file.meta.link.contains("seed=9"), "{}", file.meta.link);
    assert!(!file.meta.link.contains("pts="), "450 points do not fit a link");

    // Another page, in English, with its own data and a diffusion model trained on it.
    let mut other = AppState::new(UrlState::parse("page=gan&lang=en").0, Vec::new());
    let version = other.data_version;
    other.diffusion.to_mut().step = 500;
    let opened = other.apply(Action::OpenLab(Box::new(file.meta)));
    assert_eq!(opened.url.page, Page::Flow);
    assert_eq!((opened.url.dataset.kind, opened.url.custom.len(), opened.url.seed), (DatasetKind::Custom, 450, 9));
    assert_eq!(opened.data.points.len(), 450, "the data is the file's");
    assert_eq!(opened.url.lang, Some(Lang::En), "the page keeps its language");
    assert!(opened.data_version > version, "the data goes to the worker again");
    assert_eq!(opened.diffusion.step, 0, "what the page showed of every family starts again");
    assert!(opened.notices.iter().all(|n| n.id != "url-no-points"), "{:?}", opened.notices);
}

fn progress(step: u64, losses: Vec<f32>) -> Action {
    Action::Worker(Update::Diffusion(DiffusionUpdate::Progress {
        step,
        losses,
        steps_per_sec: 0.0,
        running: false,
        config: DiffusionConfig::default(),
    }))
}

#[test]
fn the_loss_curve_is_saved_and_goes_on_from_where_it_was_after_open() {
    let curve: Vec<f32> = (0..200).map(|i| 1.0 / (1.0 + i as f32)).collect();
    let mut page = AppState::new(UrlState::parse("page=diffusion").0, Vec::new()).apply(progress(200, curve.clone()));
    page.saving = Some((SaveTo::File, genlab::state::shared::Shared::new(LabFile::default())));
    let file = page.lab_file("2026-12-07 14:05".into()).unwrap();
    assert_eq!(file.meta.curves.len(), 1, "one trained family, one set of curves");
    assert_eq!((file.meta.curves[0].family, &file.meta.curves[0].curves), (FamilyId::Diffusion, &vec![curve.clone()]));
    let meta = LabFile::decode(&file.encode()).unwrap().meta;

    let opening = AppState::new(UrlState::parse("page=gan").0, Vec::new()).apply(Action::OpenLab(Box::new(meta)));
    assert!(opening.diffusion.losses.is_empty(), "the old curve is forgotten");
    // The worker reports the opened model, then says it opened it: the curve is back, and
    // training adds to it.
    let opened = opening.apply(progress(200, Vec::new())).apply(Action::Worker(Update::Opened { message: Msg::new("lab-opened") }));
    assert_eq!(opened.diffusion.losses, curve);
    let on = opened.apply(progress(210, vec![0.001; 10]));
    assert_eq!(on.diffusion.losses.len(), 210);
    assert!(on.opening_curves.is_empty(), "put back once");
}

#[test]
fn a_lab_kept_in_the_browser_is_offered_back_with_what_it_holds_until_opened() {
    let (file, _) = trained_file();
    let bytes = file.encode();
    let offer = KeptOffer::from_bytes(bytes.clone()).unwrap();
    assert_eq!(offer.when, "2026-12-07 14:05");
    let what: Vec<String> = offer.what.iter().map(|m| m.text(Lang::En)).collect();
    assert_eq!(what, vec!["The diffusion model at step 300".to_string()]);
    assert_eq!(KeptOffer::from_bytes(bytes[..bytes.len() - 9].to_vec()).unwrap_err().id, "lab-truncated");

    let page = AppState::new(UrlState::parse("page=gan").0, Vec::new());
    assert!(!page.kept_checked, "the store is not read yet");
    let offered = page.apply(Action::KeptOffer(Some(offer)));
    assert!(offered.kept_checked && offered.kept_offer.is_some());
    let kept = offered.apply(Action::LabKept { kept: Some(("2026-12-07 15:00".into(), 300)) });
    assert_eq!(kept.kept, Some(("2026-12-07 15:00".into(), 300)));
    let failed = kept.apply(Action::LabKept { kept: None });
    assert_eq!(failed.kept, Some(("2026-12-07 15:00".into(), 300)), "a failed copy leaves the last one named");
    // Restoring it opens it: the offer is gone.
    let opened = failed.apply(Action::OpenLab(Box::new(file.meta)));
    assert!(opened.kept_offer.is_none());
    assert_eq!(opened.url.page, Page::Diffusion);
}

#[test]
fn a_saved_history_opens_with_every_copy_able_to_train_on_exactly() {
    let data = generate(&DatasetSpec::default(), 3);
    let new = || {
        DiffusionLab::new(
            device::Backend::Cpu,
            device::cpu(),
            data.points.clone(),
            3,
            DiffusionConfig { hidden: 16, ..DiffusionConfig::default() },
        )
    };
    // Trained as the worker trains: a copy of the whole lab is recorded after each chunk.
    let mut lab = new();
    let mut history: History<DiffusionLab> = History::default();
    history.record(0, 0.0, || Some(lab.clone()));
    for k in 1..=8 {
        lab.run(25).unwrap().into_data();
        history.record(lab.step, k as f64 * 10.0, || Some(lab.clone()));
    }
    assert_eq!(history.steps(), vec![0, 25, 50, 75, 100, 125, 150, 175, 200]);
    // Saved: every copy's weights and carried state, through a whole file.
    let mut values = Vec::new();
    let copies: Vec<SavedCopy> = history
        .snaps
        .iter_mut()
        .map(|s| {
            let (steps, v, carried) = resume::write_copy(s.lab.as_mut().unwrap()).unwrap();
            values.extend(&v);
            SavedCopy { step: s.step, trained_ms: s.trained_ms, steps, len: v.len() as u64, carried }
        })
        .collect();
    let (live, steps) = kept(&lab);
    let saved = SavedFamily {
        family: FamilyId::Diffusion,
        settings: "{}".into(),
        steps,
        len: live.len() as u64,
        carried: resume::write(&mut lab),
        trained_ms: 80.0,
        history: copies,
        every: history.every,
    };
    let file = LabFile { meta: LabMeta { families: vec![saved], ..LabMeta::default() }, values: [live, values].concat() };
    let back = LabFile::decode(&file.encode()).unwrap();
    let (saved, all) = back.families().next().unwrap();
    let (_, parts) = saved.split(all);
    assert_eq!(parts.len(), 9);
    // Opened as the worker opens it: each copy kept as the file holds it, built only when it is
    // first viewed; the opened history holds the same steps and times.
    let snaps = (saved.history.iter().zip(&parts))
        .map(|(c, v)| Snapshot::opened(c.step, c.trained_ms, (c.steps.clone(), v.to_vec(), c.carried.clone())))
        .collect();
    let mut opened: History<DiffusionLab> = History::default();
    opened.opened(snaps, saved.every);
    assert_eq!((opened.steps(), opened.times()), (history.steps(), history.times()));
    assert!(opened.snaps.iter().all(|s| s.lab.is_none()), "a copy is built before it is viewed");
    // Viewing step 75 builds that copy alone, exactly; training on from it takes the original's
    // steps.
    let build = |(steps, v, carried): &resume::CopyParts| {
        let mut copy = new();
        let exact = resume::open(&mut copy, |l| l.reset(), (v, steps), carried, true).ok()?;
        (exact == Exact::Yes).then_some(copy)
    };
    let mut again = opened.view(3, lab.clone(), |l| Some(l.clone()), build).ok().expect("the copy at step 75 builds");
    assert_eq!(opened.snaps.iter().filter(|s| s.lab.is_some()).map(|s| s.step).collect::<Vec<_>>(), vec![75]);
    let mut then = history.snaps[3].lab.clone().unwrap();
    assert_eq!(losses(&mut again, 40), losses(&mut then, 40));
}

/// The image trainers' charts are saved and go on after Open as the 2-D ones do: the U-Net's
/// loss, the digit GAN's two losses, the digit VAE's reconstruction and KL.
#[test]
fn the_image_trainers_curves_are_saved_and_go_on_after_open() {
    use genlab::families::digit_gan::protocol::DigitGanUpdate;
    use genlab::families::digit_vae::protocol::DigitVaeUpdate;
    use genlab::families::images::protocol::ImageUpdate;
    let curve = |n: usize, k: f32| -> Vec<f32> { (0..n).map(|i| k / (1.0 + i as f32)).collect() };
    let unet = |steps, losses| {
        Action::Worker(Update::Images(ImageUpdate::Training {
            steps,
            losses,
            steps_per_sec: 0.0,
            running: false,
            trained_in_use: true,
            fresh: false,
        }))
    };
    let gan = |steps, d_loss, g_loss| {
        Action::Worker(Update::DigitGan(DigitGanUpdate::Training {
            steps,
            d_loss,
            g_loss,
            steps_per_sec: 0.0,
            running: false,
            fresh: false,
            ratio: 1.0,
            shown: None,
            measure: None,
        }))
    };
    let vae = |steps, recon, kl| {
        Action::Worker(Update::DigitVae(DigitVaeUpdate::Training {
            steps,
            recon,
            kl,
            steps_per_sec: 0.0,
            running: false,
            fresh: false,
            beta: 1.0,
            plane: None,
        }))
    };
    let mut page = AppState::new(UrlState::parse("page=images").0, Vec::new())
        .apply(unet(120, curve(120, 1.0)))
        .apply(gan(80, curve(80, 2.0), curve(80, 3.0)))
        .apply(vae(60, curve(60, 4.0), curve(60, 5.0)));
    assert_eq!(page.trained_all(), 260, "the image trainers' steps count for the browser's copy");
    page.saving = Some((SaveTo::File, genlab::state::shared::Shared::new(LabFile::default())));
    let file = page.lab_file("2026-12-08 02:40".into()).unwrap();
    let saved: Vec<_> = file.meta.curves.iter().map(|c| (c.family, c.curves.len())).collect();
    assert_eq!(saved, vec![(FamilyId::Images, 1), (FamilyId::DigitGan, 2), (FamilyId::DigitVae, 2)]);
    let meta = LabFile::decode(&file.encode()).unwrap().meta;

    // Opened elsewhere: each trainer reports its step, then "Opened" puts the curves back, and
    // training adds to them.
    let opened = AppState::new(UrlState::parse("page=gan").0, Vec::new())
        .apply(Action::OpenLab(Box::new(meta)))
        .apply(unet(120, Vec::new()))
        .apply(gan(80, Vec::new(), Vec::new()))
        .apply(vae(60, Vec::new(), Vec::new()))
        .apply(Action::Worker(Update::Opened { message: Msg::new("lab-opened") }));
    assert_eq!(opened.images.train.as_ref().unwrap().losses, curve(120, 1.0));
    let g = opened.digit_gan.train.as_ref().unwrap();
    assert_eq!((&g.d_loss, &g.g_loss), (&curve(80, 2.0), &curve(80, 3.0)));
    let v = opened.digit_vae.train.as_ref().unwrap();
    assert_eq!((&v.recon, &v.kl), (&curve(60, 4.0), &curve(60, 5.0)));
    let on = opened.apply(unet(130, vec![0.01; 10])).apply(vae(70, vec![1.0; 10], vec![1.0; 10]));
    assert_eq!(on.images.train.as_ref().unwrap().losses.len(), 130);
    assert_eq!(on.digit_vae.train.as_ref().unwrap().recon.len(), 70);
}
