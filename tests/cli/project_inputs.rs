//! `project` checks that its texts belong together (issue 27, finding 20): one resolution, the
//! target text the same revision as the source's, the old revision first. 79/194 onto ECOSOC
//! 2025/18, or onto the Arabic of 74/197 where 79/194's belongs, ran with exit 0 and carried
//! outdated Arabic marked `final`.

use predicates::prelude::*;

use crate::common;
use common::resdiff;

#[test]
fn project_refuses_texts_that_do_not_belong_together() {
    for (args, why) in [
        (
            &[
                "unga/ict4sd@79-194:en",
                "ecosoc/wsis@2025-18:en",
                "--lang",
                "ar",
            ][..],
            "unga/ict4sd@79-194:en and ecosoc/wsis@2025-18:en are not the same resolution",
        ),
        (
            &[
                "unga/ict4sd@79-194:en",
                "unga/ict4sd@80-118:en",
                "unga/ict4sd@74-197:ar",
            ][..],
            "unga/ict4sd@79-194:en and unga/ict4sd@74-197:ar are not the same revision: the target text must be the source's old revision",
        ),
        (
            &[
                "unga/ict4sd@79-194:en",
                "unga/ict4sd@80-118:en",
                "unga/ict4sd@79-194:ar",
                "unga/ict4sd@78-132:ar",
            ][..],
            "unga/ict4sd@80-118:en and unga/ict4sd@78-132:ar are not the same revision",
        ),
        (
            &[
                "unga/ict4sd@80-118:en",
                "unga/ict4sd@79-194:en",
                "--lang",
                "ar",
            ][..],
            "unga/ict4sd@80-118:en is not older than unga/ict4sd@79-194:en",
        ),
    ] {
        resdiff()
            .arg("project")
            .args(args)
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(why));
    }
    resdiff()
        .args([
            "project",
            "unga/ict4sd@79-194:en",
            "unga/ict4sd@80-118:en",
            "--lang",
            "ar",
        ])
        .assert()
        .code(0);
}
