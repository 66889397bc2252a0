"use client";
import { useTranslations } from "next-intl";
import { updateSettingsAction } from "@/app/_actions/account/update-settings";
import { CARD_DIRECTIONS, NEW_CARDS_MAX, RETENTION_MAX, RETENTION_MIN } from "@/app/_schemas/constants";
import type { AccountSettings } from "@/app/_data/auth/account-overview";
import { useActionForm } from "../forms/use-action-form";
import { useErrorText } from "../forms/use-error-text";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";
import { useDeviceTimeZone } from "./use-device-time-zone";
import styles from "./account.module.css";

type Props = { initial: AccountSettings; timeZones: string[] };

export function SettingsForm({ initial, timeZones }: Props) {
  const t = useTranslations("Account");
  const errorText = useErrorText("account");
  const { state, failure, answeredAt, pending, form, formRef, formAction, onSubmit, preloadProps, defaults } = useActionForm(updateSettingsAction, () => import("@/app/_schemas/account").then((m) => m.settingsSchema), (sent) => ({
    timeZone: String(sent?.timeZone ?? initial.timeZone),
    desiredRetention: String(sent?.desiredRetention ?? initial.desiredRetention),
    newCardsPerDay: String(sent?.newCardsPerDay ?? initial.newCardsPerDay),
    // Without JavaScript an unticked list is simply missing from the form: an empty list was sent.
    directions: sent ? [sent.directions ?? []].flat() : initial.directions,
  }));
  const { errors } = form.formState;
  const deviceZone = useDeviceTimeZone();
  const chosenZone = form.watch("timeZone");
  const zones = deviceZone && !timeZones.includes(deviceZone) ? [...timeZones, deviceZone].sort() : timeZones;
  const timeZoneError = errorText(errors.timeZone?.message);
  const directionsError = errorText(errors.directions?.message);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} {...preloadProps} noValidate className={styles.form}>
      <div className="field">
        <label htmlFor="settings-time-zone">{t("settings.timeZone")}</label>
        <p id="settings-time-zone-hint" className={`muted ${styles.hint}`}>
          {t("settings.timeZoneHint")}
        </p>
        <select
          id="settings-time-zone"
          aria-invalid={timeZoneError ? true : undefined}
          aria-describedby={timeZoneError ? "settings-time-zone-error settings-time-zone-hint" : "settings-time-zone-hint"}
          defaultValue={defaults.timeZone}
          {...form.register("timeZone")}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {deviceZone && deviceZone !== chosenZone && (
          <button
            type="button"
            className={`button button--secondary ${styles.inlineButton}`}
            onClick={() => form.setValue("timeZone", deviceZone, { shouldDirty: true, shouldValidate: true })}
          >
            {t("settings.useDeviceTimeZone", { timeZone: deviceZone.replaceAll("_", " ") })}
          </button>
        )}
        {timeZoneError && (
          <p id="settings-time-zone-error" className="field-error">
            {timeZoneError}
          </p>
        )}
      </div>
      <TextField
        id="settings-retention"
        type="number"
        inputMode="decimal"
        step={0.01}
        min={RETENTION_MIN}
        max={RETENTION_MAX}
        label={t("settings.desiredRetention")}
        hint={t("settings.desiredRetentionHint")}
        error={errorText(errors.desiredRetention?.message)}
        defaultValue={defaults.desiredRetention}
        {...form.register("desiredRetention")}
      />
      <TextField
        id="settings-new-cards"
        type="number"
        inputMode="numeric"
        step={1}
        min={0}
        max={NEW_CARDS_MAX}
        label={t("settings.newCardsPerDay")}
        hint={t("settings.newCardsPerDayHint")}
        error={errorText(errors.newCardsPerDay?.message)}
        defaultValue={defaults.newCardsPerDay}
        {...form.register("newCardsPerDay")}
      />
      <fieldset
        className={styles.choices}
        aria-invalid={directionsError ? true : undefined}
        aria-describedby={directionsError ? "settings-directions-error settings-directions-hint" : "settings-directions-hint"}
      >
        <legend>{t("settings.directions")}</legend>
        <p id="settings-directions-hint" className={`muted ${styles.hint}`}>
          {t("settings.directionsHint")}
        </p>
        {CARD_DIRECTIONS.map((direction) => (
          <label key={direction} className={styles.choice}>
            <input type="checkbox" value={direction} defaultChecked={defaults.directions.includes(direction)} {...form.register("directions")} />
            <span>{t(`directions.${direction}`)}</span>
          </label>
        ))}
        {directionsError && (
          <p id="settings-directions-error" className="field-error">
            {directionsError}
          </p>
        )}
      </fieldset>
      <FormAlert message={errorText(failure?.formError)} key={`e${answeredAt}`} />
      <FormAlert tone="success" message={state.data?.saved ? t("settings.saved") : undefined} key={`s${answeredAt}`} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("settings.pending") : t("settings.submit")}
      </button>
    </form>
  );
}
