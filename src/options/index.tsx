import { mountPage } from "../ui/mount.tsx";
import { App } from "./app.tsx";

mountPage(App, "optionsTitle");
