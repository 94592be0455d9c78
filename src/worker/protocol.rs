//! Messages between the page and the training worker: commands in, updates out. Updates carry
//! plain vectors and numbers, never tensors. Commands travel as JSON strings; updates as CBOR
//! bytes (`Update::to_bytes`), with a chain's floats beside them as a Float32Array.

use serde::{Deserialize, Serialize};

use crate::compare::protocol::{CompareCommand, CompareUpdate};
use crate::device::{Backend, DeviceChoice};
use crate::families::{FamilyId, Payload};
use crate::i18n::Msg;
use crate::lineup::protocol::{LineupCommand, LineupUpdate};
use crate::quality::Reference;

macro_rules! messages {
    ($($field:ident: $id:ident $(($page:ident))?),* $(,)?) => {
        /// Page → worker.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        pub enum Command {
            /// Pick (or re-pick) the device; `Auto` runs the measured probe.
            Init {
                device: DeviceChoice,
            },
            /// Replace the training data, the reference the samples are scored against, and the seed;
            /// resets the model.
            SetData {
                points: Vec<[f32; 2]>,
                reference: Reference,
                seed: u64,
            },
            /// Any family's training: start, pause, step, reset — the same for every family, handled
            /// once by the loop (`worker/families.rs`), as Restore and History are.
            Train {
                family: FamilyId,
                op: TrainOp,
            },
            /// Each family's own commands (settings, chains, samples, its views), from the list.
            $($id(crate::families::$field::Command),)*
            /// The compare page's clock over the four 2-D families.
            Compare(CompareCommand),
            /// The lineup page: the image GAN, VAE and diffusion model drawing the same digit.
            Lineup(LineupCommand),
            /// Load the family's last good weights after it diverged (or its seed's start when none
            /// were kept); it stays paused.
            Restore {
                family: FamilyId,
            },
            /// Show a copy from the family's training history, go back to the live model, or train on
            /// from the copy shown.
            History {
                family: FamilyId,
                action: HistoryAction,
            },
            /// Every trained family's settings and weights, for a lab file (answered by `Saved`).
            SaveLab {
                to: SaveTo,
            },
            /// Test hook: make the worker panic, to check that a crash is reported and recoverable.
            Crash,
            /// Test hook: act as if the GPU device were lost (only when running on WebGPU).
            LoseDevice,
            /// Test hook: move every model to WebGPU as a probe that found it faster does.
            MoveToGpu,
        }

        /// Worker → page.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        pub enum Update {
            /// The worker's module is loaded and takes commands.
            Ready,
            /// What the worker is doing while it cannot train yet ("Starting WebGPU…").
            Status {
                message: Msg,
            },
            /// The device in use, why, and the probe's figures.
            Device {
                backend: Backend,
                probe: Vec<ProbeResult>,
                notice: Option<Msg>,
                /// The models went on with weights kept from the lost GPU (not rebuilt from the seed):
                /// the page keeps its curves.
                #[serde(default)]
                kept: bool,
            },
            /// Each family's own updates, from the list.
            $($id(crate::families::$field::Update),)*
            Compare(CompareUpdate),
            Lineup(LineupUpdate),
            /// A family's training history: the step and training time (ms) of each copy, and which
            /// one is in the model's place (`None`: the live model).
            History {
                family: FamilyId,
                steps: Vec<u64>,
                times: Vec<f64>,
                viewing: Option<usize>,
            },
            /// The family trains on from older steps (one per run): its curves are cut back to them.
            Rewind {
                family: FamilyId,
                steps: Vec<u64>,
            },
            /// A family's numbers became NaN or infinite: it paused in the same chunk. `message` says
            /// who, when, what and what Restore does; `restore_step` is where Restore goes back to.
            Diverged {
                family: FamilyId,
                message: Msg,
                restore_step: u64,
            },
            /// What a lab file holds of the worker (the page adds its link and writes the file);
            /// the weights travel beside it as a Float32Array.
            Saved {
                meta: crate::labfile::LabMeta,
                data: Vec<f32>,
                to: SaveTo,
            },
            /// A lab file was opened: what was loaded, family by family.
            Opened {
                message: Msg,
            },
            /// Something failed; `fatal` means the worker must be restarted.
            Error {
                message: Msg,
                fatal: bool,
            },
        }

        $(
            impl From<crate::families::$field::Command> for Command {
                fn from(c: crate::families::$field::Command) -> Self {
                    Command::$id(c)
                }
            }
            impl From<crate::families::$field::Update> for Update {
                fn from(u: crate::families::$field::Update) -> Self {
                    Update::$id(u)
                }
            }
        )*

        impl Update {
            /// Where the floats that travel beside an update go (a chain's frames), if it has
            /// any.
            pub fn payload(&mut self) -> Option<&mut Vec<f32>> {
                match self {
                    $(Update::$id(u) => u.payload(),)*
                    Update::Lineup(LineupUpdate::Drawn { data, .. })
                    | Update::Lineup(LineupUpdate::Planes { data, .. })
                    | Update::Lineup(LineupUpdate::Walked { data, .. })
                    | Update::Saved { data, .. } => Some(data),
                    _ => None,
                }
            }
        }
    };
}
crate::families::with_families!(messages);

/// A step of any family's training lifecycle.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum TrainOp {
    /// Train continuously until `Pause`, at most `speed` steps a second (0: as fast as the
    /// device goes); every other family pauses.
    Start {
        speed: u32,
    },
    Pause,
    /// Train exactly `n` steps, then report.
    Step {
        n: u32,
    },
    /// Fresh weights from the seed (the shipped weights, for a Digit models trainer).
    Reset,
}

/// Where a saved lab goes: a file the user downloads, or the browser's own store (kept while
/// training, so a reload can bring it back).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SaveTo {
    #[default]
    File,
    Browser,
}

/// What to do with a family's training history.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum HistoryAction {
    /// Put copy `index` in the model's place (training pauses; the live model is kept aside).
    Show { index: usize },
    /// Back to the live model.
    Live,
    /// Train on from the copy shown: the live model and the later copies are dropped.
    Resume,
}

/// One device's measured speed in the probe.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProbeResult {
    pub backend: Backend,
    /// Training steps per second after warm-up (2×64 MLP, batch 256).
    pub steps_per_sec: f64,
    /// Time of the first step, shader compilation included, in ms.
    pub first_step_ms: f64,
}

impl Command {
    /// `op` for `family`'s training.
    pub fn train(family: FamilyId, op: TrainOp) -> Self {
        Command::Train { family, op }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl Update {
    /// The update as CBOR, the worker → page encoding: unlike JSON it carries NaN and ±∞ as
    /// themselves, so a non-finite number can never make a message unreadable.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Writing into a Vec cannot fail; a type that refuses to serialise would be a bug here.
        let _ = ciborium::into_writer(self, &mut out);
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        ciborium::from_reader(bytes).map_err(|e| e.to_string())
    }
}

macro_rules! wrap {
    ($($family:ident: $command:ty, $update:ty;)*) => {$(
        impl From<$command> for Command {
            fn from(c: $command) -> Self {
                Command::$family(c)
            }
        }
        impl From<$update> for Update {
            fn from(u: $update) -> Self {
                Update::$family(u)
            }
        }
    )*};
}

wrap! {
    Compare: CompareCommand, CompareUpdate;
    Lineup: LineupCommand, LineupUpdate;
}
