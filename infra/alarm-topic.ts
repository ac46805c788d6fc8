// The SNS topic every alarm notifies (infra/alarms.ts) and ElastiCache sends its events to (infra/redis.ts:
// failovers, node replacements, snapshots that failed). Subscribe email with SLUICE_ALARM_EMAIL at deploy (AWS mails
// a confirmation link first); for Slack or Teams, point Amazon Q Developer in chat applications at the topic.
import { setting } from "./settings";

export const alarmTopic = new sst.aws.SnsTopic("Alarms");

const email = setting("SLUICE_ALARM_EMAIL");
export const alarmEmail = email
  ? new aws.sns.TopicSubscription("AlarmEmail", { topic: alarmTopic.arn, protocol: "email", endpoint: email })
  : undefined;
