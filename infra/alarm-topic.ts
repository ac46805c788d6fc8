// The SNS topic every alarm notifies (infra/alarms.ts) and ElastiCache sends its events to (infra/redis.ts:
// failovers, node replacements, snapshots that failed). The stage's `alarmEmail` (infra/stages.ts) is subscribed (AWS
// mails a confirmation link first); for Slack or Teams, point Amazon Q Developer in chat applications at the topic.
import { stage } from "./stage-settings";

export const alarmTopic = new sst.aws.SnsTopic("Alarms");

export const alarmEmail =
  stage.alarmEmail === "none"
    ? undefined
    : new aws.sns.TopicSubscription("AlarmEmail", {
        topic: alarmTopic.arn,
        protocol: "email",
        endpoint: stage.alarmEmail,
      });
